import type { NodeKind, SafetyLevel } from "@bpx/domain";
import type { EvidenceItem, Safety, SafetyHeadline, SourceRef, Subgraph } from "../api/types";
import type { Raiser } from "./case-compare";

/** The shapes the case page's queries return; they mirror the API's SDL field for field. */

export interface NamedRef {
  id: string;
  name: string;
}

export interface Contribution {
  finding: NamedRef;
  present: boolean;
  /** Natural log of the likelihood ratio: above 0 supports, below 0 opposes. */
  weight: number;
  likelihoodRatio: number;
  /** The link's own ratio before the consumer band. */
  linkLikelihoodRatio: number;
  /** Tempering: 1 for the strongest finding on its side, then 0.9, 0.81, ... */
  discount: number;
  origin: "STUDY" | "SCALE" | "MIXED" | "LEAK";
  statsSource: SourceRef | null;
  /** Only consumer articles back the link, and the band [1/3, 3] changed its ratio. */
  clamped: boolean;
  frequency: string | null;
  evoking: string | null;
  evidence: EvidenceItem[];
}

export interface Candidate {
  rank: number;
  probability: number;
  prior: number;
  urgency: string;
  inWindow: boolean;
  /** Held to the 90% ceiling because no single finding settles it. */
  capped: boolean;
  condition: NamedRef & {
    aliases: string[];
    category: string;
    summary: string | null;
    priorBasis: string | null;
  };
  supporting: Contribution[];
  opposing: Contribution[];
  /** Linked findings not yet entered that would raise it most if present (the API's top 3). */
  raisers: Raiser[];
}

export interface RedFlag {
  id: string;
  message: string;
  urgency: string;
  trigger: string;
  conditions: NamedRef[];
  findings: NamedRef[];
  evidence: EvidenceItem[];
}

export interface DontMissReason {
  kind: "RULE" | "THRESHOLD";
  ruleId: string | null;
  threshold: number | null;
  message: string;
}

export interface DontMissFinding {
  finding: NamedRef;
  likelihoodRatio: number | null;
  ruleIds: string[];
  evidence: EvidenceItem[];
}

export interface RuleOut {
  text: string;
  diagnostics: (NamedRef & { safety: Safety })[];
  findings: NamedRef[];
  evidence: EvidenceItem[];
}

/** An urgent or emergency condition the findings keep open, whatever its rank. */
export interface DontMissEntry {
  condition: NamedRef;
  urgency: string;
  probability: number;
  rank: number | null;
  reasons: DontMissReason[];
  findings: DontMissFinding[];
  ruleOut: RuleOut | null;
}

export interface NextFinding {
  finding: NamedRef;
  expectedInformationGain: number;
  separates: NamedRef[];
}

export interface SuggestedDiagnostic {
  diagnostic: NamedRef;
  usefulness: number;
  evaluates: NamedRef[];
  safety: Safety;
  warning: string | null;
  saferAlternatives: NamedRef[];
}

export interface TreatmentSafety {
  subject: NamedRef & { kind: NodeKind };
  conditions: NamedRef[];
  safety: Safety;
}

export interface Differential {
  gestationalWeek: number | null;
  trimester: number | null;
  candidates: Candidate[];
  otherProbability: number;
  /** The share of the conditions ranked below the candidates shown. */
  omittedProbability: number;
  redFlags: RedFlag[];
  dontMiss: DontMissEntry[];
  nextFindings: NextFinding[];
  suggestedDiagnostics: SuggestedDiagnostic[];
  treatmentSafety: TreatmentSafety[];
}

/** A node of the candidates' neighbourhood, with its safety headline at the week when it has one. */
export interface LinkedNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  safety?: SafetyHeadline;
}

export interface LinkedSubgraph extends Pick<Subgraph, "edges" | "truncated"> {
  nodes: LinkedNode[];
}

export type { SafetyLevel };

/** A stretch of the note by UTF-16 offsets, as JavaScript counts string positions. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface FindingMention {
  finding: NamedRef;
  phrase: string;
  present: boolean;
  qualifiers: string[];
  laterality: "LEFT" | "RIGHT" | "BILATERAL" | null;
  span: TextSpan;
  negation: TextSpan | null;
}

export interface UnrecognizedWord {
  span: TextSpan;
  /** Words of the graph it is closest to, when it looks misspelt. */
  suggestions: string[];
  /** Findings the word or its suggestions belong to, to offer instead. */
  findings: NamedRef[];
}

export interface GestationalAgeReading {
  week: number | null;
  days: number | null;
  /** Why the written age was refused; the week is then null. */
  error: string | null;
  span: TextSpan;
}

/** What the API read in a clinician's note (`interpretCase`). */
export interface CaseInterpretation {
  present: NamedRef[];
  absent: NamedRef[];
  gestationalWeek: number | null;
  gestationalDays: number | null;
  gestationalAge: GestationalAgeReading | null;
  mentions: FindingMention[];
  unrecognizedWords: UnrecognizedWord[];
  warnings: string[];
}
