import type { GestationalAge, Span } from "@bpx/domain";
import { badInput } from "./errors";
import type { Resolvers } from "./generated/resolvers-types";
import { loadNodes, referencedNode } from "./node-refs";

/**
 * The longest note interpretCase reads, in UTF-16 code units (JavaScript string length; an emoji
 * counts two). About 1,500 words: a long admission note. Longer text is refused, not truncated.
 */
export const NOTE_MAX = 10_000;

/** Reading a clinician's note: findings present and absent, the week, and what it could not place. */
export const interpretCaseTypeDefs = /* GraphQL */ `
  "The side a finding was written with."
  enum Laterality {
    "Left."
    LEFT
    "Right."
    RIGHT
    "Both sides."
    BILATERAL
  }

  "A stretch of the note, by UTF-16 offsets (as JavaScript counts string positions)."
  type TextSpan {
    "Offset of the first code unit."
    start: Int!
    "Offset just past the last code unit."
    end: Int!
    "The text of the note between start and end."
    text: String!
  }

  "One mention of a finding in the note."
  type FindingMention {
    "The finding."
    finding: Finding!
    "False when the note denies it (negation)."
    present: Boolean!
    "Where it is written."
    span: TextSpan!
    "The name, alias or lay name of the finding it was read as."
    phrase: String!
    "Words that qualify it without being findings (acute, chronic, worsening), lower case."
    qualifiers: [String!]!
    "The side written with it, when one is."
    laterality: Laterality
    "The words that deny it (no, denies, without, negative for, ...), when it is absent."
    negation: TextSpan
  }

  "The gestational age read from the note, or why none was taken."
  type GestationalAgeReading {
    "Completed weeks, 1 to 42; null when the note names a week outside that range."
    week: Int
    "Days past the week (24+3 gives 3), when written; 0 to 6."
    days: Int
    "Where the age is written."
    span: TextSpan!
    "Why the written age was refused (outside weeks 1-42, or days outside 0-6); the week is then null."
    error: String
  }

  "A word of the note that named no finding, with what it may have meant."
  type UnrecognizedWord {
    "Where it is written."
    span: TextSpan!
    "Words of the graph it is closest to (did you mean), when it looks misspelt."
    suggestions: [String!]!
    "Findings the word or its suggestions belong to, to offer instead."
    findings: [Finding!]!
  }

  "What a clinician's note says, read against the graph's findings."
  type CaseInterpretation {
    "Findings the note affirms, in order of first mention (a finding both affirmed and denied is present)."
    present: [Finding!]!
    "Findings the note denies (pertinent negatives)."
    absent: [Finding!]!
    "The gestational week, 1 to 42; null when none is written or the written one is refused."
    gestationalWeek: Int
    "Days past the week (24+3 gives 3), when written."
    gestationalDays: Int
    "The gestational age as written, with its span, or why it was refused."
    gestationalAge: GestationalAgeReading
    "Every mention of a finding, in order, with its span, qualifiers, side and negation."
    mentions: [FindingMention!]!
    "Words that named no finding, as written, in order."
    unrecognized: [String!]!
    "The same words with their spans and suggestions."
    unrecognizedWords: [UnrecognizedWord!]!
    "Things the reader should check (a refused week, several weeks written)."
    warnings: [String!]!
  }

  extend type Query {
    "Read a clinician's free-text note: findings present and absent (negation with scope), the gestational week, qualifiers and sides, and the words it could not place. The same text always gives the same answer."
    interpretCase("The note, 1 to 10,000 characters (UTF-16 code units); any Unicode." text: String!): CaseInterpretation!
  }
`;

/** The gestational age as the note reader returns it: the reading and where it is written. */
export type GestationalAgeReading = GestationalAge & Span;

const toSpan = ({ start, end, text }: Span) => ({ start, end, text });

export const interpretCaseResolvers: Resolvers = {
  Query: {
    interpretCase: async (_, args, ctx) => {
      if (args.text.length > NOTE_MAX) {
        throw badInput(
          `text must be at most ${NOTE_MAX.toLocaleString("en")} characters (UTF-16 code units); got ${args.text.length.toLocaleString("en")}.`,
          "text",
        );
      }
      if (args.text.trim().length === 0)
        throw badInput("text must hold at least one character that is not a space.", "text");
      return ctx.store.interpretNote(args.text);
    },
  },
  CaseInterpretation: {
    present: (r, _, ctx) => loadNodes(r.present, ctx),
    absent: (r, _, ctx) => loadNodes(r.absent, ctx),
    gestationalWeek: (r) => r.gestationalAge?.week ?? null,
    gestationalDays: (r) => r.gestationalAge?.days ?? null,
    unrecognized: (r) => r.unrecognized.map((u) => u.text),
    unrecognizedWords: (r) => r.unrecognized,
  },
  GestationalAgeReading: { span: toSpan },
  FindingMention: {
    finding: (m, _, ctx) => referencedNode(m.findingId, ctx),
    span: toSpan,
  },
  UnrecognizedWord: {
    span: toSpan,
    findings: (u, _, ctx) => loadNodes(u.findingIds, ctx),
  },
};
