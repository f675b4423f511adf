import type { Evidence, RedFlagRule } from "../graph";
import type { NodeKind } from "../kinds";
import type { EvokingStrength, Frequency, Prevalence, SafetyLevel, SourceKind, Urgency } from "../scales";

/** What the engine needs to know about a condition. */
export interface ConditionFacts {
  id: string;
  name: string;
  category: string;
  urgency: Urgency;
  prevalence: Prevalence;
  weekFrom?: number | undefined;
  weekTo?: number | undefined;
}

/** A PRESENTS_WITH relationship: how often the condition shows the finding, with its evidence. */
export interface FindingLink {
  conditionId: string;
  findingId: string;
  frequency: Frequency;
  evoking?: EvokingStrength | undefined;
  weekFrom?: number | undefined;
  weekTo?: number | undefined;
  evidence: Evidence[];
}

export interface DiagnosticFacts {
  id: string;
  name: string;
  modality: string;
  /** Conditions this diagnostic EVALUATES, with the evidence. */
  evaluates: { conditionId: string; evidence: Evidence[] }[];
  /** Findings this diagnostic DETECTS. */
  detects: string[];
  /** Diagnostics linked by ALTERNATIVE_TO (either direction). */
  alternatives: string[];
}

/** A statement by one source on the safety of a drug, diagnostic or intervention in pregnancy. */
export interface SafetyStatement {
  subjectId: string;
  level: Exclude<SafetyLevel, "CONFLICTING" | "UNKNOWN">;
  weekFrom: number;
  weekTo: number;
  note?: string | undefined;
  sourceId: string;
  sourceKind: SourceKind;
  evidence: Evidence;
  /** Set when the statement was made about a class the subject belongs to (e.g. NSAIDs for ibuprofen). */
  viaClassId?: string | undefined;
}

/** A TREATS / RELIEVES / PREVENTS relationship from a drug or measure to a condition. */
export interface TreatmentLink {
  subjectId: string;
  subjectKind: Extract<NodeKind, "DRUG" | "INTERVENTION">;
  conditionId: string;
  type: "TREATS" | "RELIEVES" | "PREVENTS";
  evidence: Evidence[];
}

/** Everything one differential reads, fetched from the store in a bounded number of queries. */
export interface DifferentialKnowledge {
  conditions: ConditionFacts[];
  links: FindingLink[];
  /** Names of every finding, diagnostic, drug and measure mentioned above, for messages. */
  names: Record<string, string>;
  redFlags: RedFlagRule[];
  diagnostics: DiagnosticFacts[];
  treatments: TreatmentLink[];
  /** Safety statements about every diagnostic and treatment above, and about their classes. */
  safety: SafetyStatement[];
  /** drug id -> the class ids it BELONGS_TO_CLASS. */
  drugClasses: Record<string, string[]>;
}

export interface DifferentialInput {
  present: string[];
  absent: string[];
  gestationalWeek?: number | undefined;
}

/** How one entered finding moved one condition. */
export interface Contribution {
  findingId: string;
  findingName: string;
  /** True when the finding was entered as present, false when absent. */
  present: boolean;
  /** Natural log of the likelihood ratio applied: > 0 supports, < 0 opposes. */
  weight: number;
  likelihoodRatio: number;
  /** The link behind it, or null when the condition has no link to the finding (a finding it does not explain). */
  frequency: Frequency | null;
  evoking: EvokingStrength | null;
  evidence: Evidence[];
}

export interface Candidate {
  rank: number;
  conditionId: string;
  conditionName: string;
  probability: number;
  prior: number;
  urgency: Urgency;
  /** False when the entered week is outside the condition's typical window. */
  inWindow: boolean;
  supporting: Contribution[];
  opposing: Contribution[];
}

export interface RedFlagHit {
  /** The rule id, or `candidate:<conditionId>` for a high-urgency candidate over the threshold. */
  id: string;
  message: string;
  urgency: Urgency;
  trigger: "rule" | "candidate";
  conditionIds: string[];
  findingIds: string[];
  evidence: Evidence[];
}

export interface NextFinding {
  findingId: string;
  findingName: string;
  /** Expected reduction in entropy (bits) of the candidate distribution from asking it. */
  expectedInformationGain: number;
  /** Conditions whose probability moves most apart with the answer. */
  separates: string[];
}

export interface SafetyAssessment {
  level: SafetyLevel;
  /** The statements that apply at the week (all statements when no week is given). */
  statements: SafetyStatement[];
}

export interface SuggestedDiagnostic {
  diagnosticId: string;
  diagnosticName: string;
  /** Probability mass of the leading candidates this test evaluates, for ordering. */
  usefulness: number;
  evaluates: string[];
  safety: SafetyAssessment;
  /** Present whenever the test is AVOID, CONTRAINDICATED or CONFLICTING at that week. */
  warning: string | null;
  /** Safer tests that evaluate the same leading candidates (ALLOWED or CAUTION). */
  saferAlternatives: string[];
}

export interface TreatmentSafety {
  subjectId: string;
  subjectName: string;
  subjectKind: "DRUG" | "INTERVENTION";
  conditionIds: string[];
  safety: SafetyAssessment;
}

export interface DifferentialResult {
  candidates: Candidate[];
  /** Probability left to conditions not in the graph ("other"); candidates + omitted + other = 1. */
  otherProbability: number;
  /** Probability of the conditions ranked below `maxCandidates` and left out of `candidates` (0 when none). */
  omittedProbability?: number;
  redFlags: RedFlagHit[];
  nextFindings: NextFinding[];
  suggestedDiagnostics: SuggestedDiagnostic[];
  treatmentSafety: TreatmentSafety[];
}
