import { pushTo } from "./collections";
import { createSpeller, type Speller } from "./speller";
import { stemWord } from "./stem";
import { analyzeWords, toTerm } from "./terms";
import { LATERALITY } from "./vocabulary";
import { FILL, GENERIC_WORDS, LOCATION_WORDS, NOT, QUALIFY, STOP } from "./words";

/** A finding as the lexicon reads it: every way of writing it. */
export interface LexiconFinding {
  id: string;
  name: string;
  aliases: readonly string[];
  layName?: string | null | undefined;
}

/** One way of writing one finding, as terms. */
export interface Phrase {
  findingId: string;
  /** The text it came from (a name, alias, lay name or a part of one). */
  text: string;
  terms: string[];
  /** The two rarest terms: a match (full, or missing one term) always contains one of them. */
  anchors: string[];
  /** Sum of the terms' inverse document frequencies. */
  weight: number;
  /** A part of a name or alias ("leg weakness" of "Bilateral sciatica or leg weakness"). */
  part: boolean;
}

export interface Lexicon {
  phrases: Phrase[];
  /** Phrase indexes by anchor term. */
  byAnchor: Map<string, number[]>;
  idf: Map<string, number>;
  /** Findings that use a term, for "did you mean". */
  findingsByTerm: Map<string, string[]>;
  /** Folded words of the findings, for spelling correction. */
  speller: Speller;
  /** Side terms: a partial match may not leave them out ("right flank pain" is not "left flank pain"). */
  required: Set<string>;
  /** Terms that cannot carry a match alone (see `weakTerms`). */
  weak: Set<string>;
  /** Body-place terms: never the one word a partial match stands on. */
  locations: Set<string>;
  /** Words the interpreter knows but that name no finding (other nodes, closed lists). */
  known: Set<string>;
}

/** "X (Y) Z" -> "X Z", "X Y Z" and "Y Z"; lists ("A, B or C") -> each part. */
export function phraseVariants(text: string): { text: string; part: boolean }[] {
  const out = new Map<string, boolean>();
  const paren = /^(.*?)\(([^()]*)\)(.*)$/.exec(text);
  const bare = paren ? `${paren[1]}${paren[3]}` : text;
  out.set(bare.replace(/\s+/g, " ").trim(), false);
  if (paren) {
    const [, x = "", y = "", z = ""] = paren;
    out.set(`${x}${y}${z}`.replace(/\s+/g, " ").trim(), false);
    for (const part of y.split(/,|\bor\b|\//)) out.set(`${part}${z}`.replace(/\s+/g, " ").trim(), true);
  }
  for (const part of bare.split(/,|\bor\b/)) out.set(part.trim(), out.get(part.trim()) ?? true);
  return [...out].filter(([t]) => t.length > 0).map(([t, part]) => ({ text: t, part }));
}

/** Words that say how many sides ("one-sided", "two-sided"): like sides, never left out. */
const SIDE_COUNTS = ["one", "two", "unilateral"];

/** Terms that cannot carry a match alone: negation, "pain", sides and qualifiers. */
export function weakTerms(): Set<string> {
  return new Set([NOT, ...[...GENERIC_WORDS, ...Object.keys(LATERALITY), ...QUALIFY].map(stemWord)]);
}

function termsOf(text: string): string[] {
  return analyzeWords(text).flatMap((w) => toTerm(w) ?? []);
}

/**
 * Builds the lexicon the note interpreter matches against, from the graph's findings (names,
 * aliases, lay names) and the words of every other node (so they are known, never "corrected").
 */
export function buildLexicon(
  findings: readonly LexiconFinding[],
  otherTexts: Iterable<string> = [],
): Lexicon {
  const raw: { findingId: string; text: string; terms: string[]; part: boolean }[] = [];
  const surface = new Map<string, number>();
  for (const f of [...findings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const source of [f.name, ...f.aliases, ...(f.layName ? [f.layName] : [])]) {
      for (const v of phraseVariants(source)) {
        const terms = termsOf(v.text);
        if (terms.length > 0) raw.push({ findingId: f.id, text: v.text, terms, part: v.part });
      }
      for (const w of analyzeWords(source)) {
        if (w.kind === "word" && !STOP.has(w.text)) surface.set(w.text, (surface.get(w.text) ?? 0) + 1);
      }
    }
  }
  const findingsByTerm = new Map<string, Set<string>>();
  for (const p of raw)
    for (const t of p.terms) findingsByTerm.set(t, (findingsByTerm.get(t) ?? new Set()).add(p.findingId));
  const n = findings.length;
  const idf = new Map([...findingsByTerm].map(([t, ids]) => [t, Math.log(1 + n / ids.size)]));
  const phrases: Phrase[] = [];
  const weak = weakTerms();
  // One phrase per set of terms: when findings share the words, the whole name or alias wins over
  // a part of a list, then the first id (what matching would pick), and the words are matched once.
  const best = new Map<string, (typeof raw)[number]>();
  for (const p of raw) {
    const unique = [...new Set(p.terms)];
    // A part of a list stands alone only with two terms, or one term no other finding uses.
    if (p.part && unique.length === 1 && (findingsByTerm.get(unique[0] as string)?.size ?? 0) > 1) continue;
    const key = [...p.terms].sort().join(" ");
    const held = best.get(key);
    if (
      !held ||
      Number(p.part) - Number(held.part) < 0 ||
      (p.part === held.part && p.findingId < held.findingId)
    ) {
      best.set(key, p);
    }
  }
  for (const p of best.values()) {
    const unique = [...new Set(p.terms)];
    // Anchors are strong terms: every accepted match holds one (see match.ts), so a run of weak
    // words ("no no no", "pain pain") starts no candidate at all.
    const strong = unique.filter((t) => !weak.has(t));
    const byRarity = (strong.length > 0 ? strong : unique).sort(
      (a, b) => (idf.get(b) ?? 0) - (idf.get(a) ?? 0) || (a < b ? -1 : 1),
    );
    const weight = unique.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);
    phrases.push({
      findingId: p.findingId,
      text: p.text,
      terms: p.terms,
      anchors: byRarity.slice(0, 2),
      weight,
      part: p.part,
    });
  }
  const byAnchor = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    for (const a of p.anchors) pushTo(byAnchor, a, i);
  });
  const known = new Set<string>([...STOP, ...FILL, ...QUALIFY, ...Object.keys(LATERALITY), NOT]);
  for (const text of otherTexts) for (const w of analyzeWords(text)) if (w.kind === "word") known.add(w.text);
  return {
    phrases,
    byAnchor,
    idf,
    findingsByTerm: new Map([...findingsByTerm].map(([t, ids]) => [t, [...ids].sort()])),
    speller: createSpeller(surface),
    required: new Set([...Object.keys(LATERALITY), ...SIDE_COUNTS].map(stemWord)),
    weak,
    locations: new Set([...LOCATION_WORDS].map(stemWord)),
    known,
  };
}
