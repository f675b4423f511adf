import type { Evidence, RedFlagRule } from "../graph";
import type { NodeKind } from "../kinds";
import type {
  EvokingStrength,
  Frequency,
  Prevalence,
  SafetyLevel,
  SourceKind,
  SourceRank,
  Urgency,
} from "../scales";
import type { LikelihoodOrigin } from "./likelihood";

/** What would rule a condition out: a cited summary, the tests and the findings that do it. */
export interface RuleOut {
  text: string;
  diagnostics: string[];
  findings: string[];
  evidence: Evidence[];
}

/** What the engine needs to know about a condition. */
export interface ConditionFacts {
  id: string;
  name: string;
  category: string;
  urgency: Urgency;
  /** The display word; the prior comes from it only when `prior` is missing. */
  prevalence: Prevalence;
  /** P(condition) in the stated setting (`graph/knowledge/priors.yaml`), 0 < prior < 1. */
  prior?: number | undefined;
  /** How the prior was derived (a citation or a marked derivation). */
  priorBasis?: string | undefined;
  weekFrom?: number | undefined;
  weekTo?: number | undefined;
  /** What would rule it out; required in the data for emergencies. */
  ruleOut?: RuleOut | undefined;
}

/** A PRESENTS_WITH relationship: how often the condition shows the finding, with its evidence. */
export interface FindingLink {
  conditionId: string;
  findingId: string;
  frequency: Frequency;
  evoking?: EvokingStrength | undefined;
  weekFrom?: number | undefined;
  weekTo?: number | undefined;
  /** P(finding | condition) from a cited study; replaces the frequency word when given. */
  sensitivity?: number | undefined;
  /** 1 - P(finding | other causes of back pain in pregnancy) from a cited study. */
  specificity?: number | undefined;
  /** The source id the two figures come from (never a consumer article). */
  statsSource?: string | undefined;
  /** The finding's type: symptom, sign, lab, imaging, history or characteristic. */
  findingType?: string | undefined;
  /** The best rank among the link's evidence sources (4: consumer articles only); unknown when absent. */
  evidenceRank?: SourceRank | undefined;
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

/** A level one source can state; CONFLICTING and UNKNOWN are verdicts, never statements. */
export type StatedLevel = Exclude<SafetyLevel, "CONFLICTING" | "UNKNOWN">;

/** A statement by one source on the safety of a drug, diagnostic or intervention in pregnancy. */
export interface SafetyStatement {
  subjectId: string;
  level: StatedLevel;
  weekFrom: number;
  weekTo: number;
  note?: string | undefined;
  sourceId: string;
  sourceKind: SourceKind;
  /** The source's authority, 1 (regulator) to 4 (consumer article): `SOURCE_RANK[sourceKind]`. */
  sourceRank: SourceRank;
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

/** Conditions of the whole graph that share a prior, prevalence and window, and how many there are. */
export interface PriorGroup {
  prior?: number | undefined;
  prevalence: Prevalence;
  weekFrom?: number | undefined;
  weekTo?: number | undefined;
  conditions: number;
}

/** Everything one differential reads, fetched from the store in a bounded number of queries. */
export interface DifferentialKnowledge {
  conditions: ConditionFacts[];
  /**
   * The prior mass of every condition in the graph, scored or not, so the conditions no entered
   * finding touches keep their share (scored with the leak) instead of passing for "causes not in
   * the graph". When absent, everything the scored conditions leave counts as unlisted.
   */
  priorMass?: PriorGroup[] | undefined;
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
  /** What was added to the condition's log odds: ln(likelihoodRatio) x discount. > 0 supports, < 0 opposes. */
  weight: number;
  /** The ratio the finding carries for the condition: the link's, held to the consumer band if needed (the leak when unlinked). */
  likelihoodRatio: number;
  /** The link's own ratio before the consumer band. */
  linkLikelihoodRatio: number;
  /** The tempering discount: 1 for the strongest finding on its side, 0.9 for the next, 0.81, ... */
  discount: number;
  /** STUDY, SCALE or MIXED (the link's sensitivity / specificity or its words), LEAK when unlinked. */
  origin: LikelihoodOrigin;
  /** The study the figures come from (origin STUDY or MIXED). */
  statsSource: string | null;
  /** True when only consumer articles back the link and the band changed its ratio. */
  clamped: boolean;
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
  /** True when the probability was held to the 90% ceiling because no single finding settles it. */
  capped: boolean;
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

/** An applicable statement as the headline algorithm read it. */
export interface AssessedStatement extends SafetyStatement {
  /**
   * True when this statement is its source's verdict: the source's most specific statement that
   * applies (subject before class, nearer class before farther), the most restrictive of those.
   * False when the same source says something more specific, or stricter in another window.
   */
  counted: boolean;
}

/** One source's verdict on a subject at the week (step 2 of the headline algorithm). */
export interface SourceVerdict {
  sourceId: string;
  sourceKind: SourceKind;
  sourceRank: SourceRank;
  level: StatedLevel;
  /** The subject or class the verdict is about (the subject itself when stated directly). */
  aboutId: string;
}

export interface SafetyAssessment {
  /**
   * The headline: the most restrictive verdict among the highest-ranking sources that speak to the
   * week; CONFLICTING only when those sources split between usable (ALLOWED, CAUTION) and not
   * usable (AVOID, CONTRAINDICATED); UNKNOWN when no statement applies.
   */
  level: SafetyLevel;
  /** True when any two sources' verdicts differ, whatever their rank. */
  conflict: boolean;
  /** The rank the headline is read from; null when no statement applies. */
  headlineRank: SourceRank | null;
  /** Every statement that applies at the week (all when no week), by source rank. */
  statements: AssessedStatement[];
  /** The counted statements whose level differs from the headline, by source rank. */
  dissent: AssessedStatement[];
  /** One verdict per source, by rank then source id. */
  verdicts: SourceVerdict[];
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

/** Why a condition is in the don't-miss lane. */
export interface DontMissReason {
  /** `rule`: a fired red-flag rule suggests it; `threshold`: its probability crossed the lane's threshold. */
  kind: "rule" | "threshold";
  /** The rule's id (kind `rule`). */
  ruleId?: string | undefined;
  /** The threshold crossed (kind `threshold`). */
  threshold?: number | undefined;
  /** The rule's message, or "4% likely, at or above the 2% threshold for an emergency". */
  message: string;
}

/** An entered present finding that keeps a don't-miss condition open, with its evidence. */
export interface DontMissFinding {
  findingId: string;
  findingName: string;
  /** The likelihood ratio it applies to the condition; null when only a rule links them. */
  likelihoodRatio: number | null;
  /** The fired rules it triggered that suggest the condition. */
  ruleIds: string[];
  /** The link's evidence, then the rules' evidence. */
  evidence: Evidence[];
}

/** An urgent or emergency condition the findings keep open, whatever its rank. */
export interface DontMissEntry {
  conditionId: string;
  conditionName: string;
  /** The condition's urgency, raised to that of any rule that suggests it. */
  urgency: Urgency;
  probability: number;
  /** Its rank in the full ranking; null when the knowledge has no such condition (a rule names it). */
  rank: number | null;
  reasons: DontMissReason[];
  findings: DontMissFinding[];
  /** What would rule it out (the condition's rule-out), or null when the graph has none. */
  ruleOut: RuleOut | null;
}

export interface DifferentialResult {
  candidates: Candidate[];
  /** Probability left to conditions not in the graph ("other"); candidates + omitted + other = 1. */
  otherProbability: number;
  /** Probability of the conditions ranked below `maxCandidates` and left out of `candidates` (0 when none). */
  omittedProbability?: number;
  redFlags: RedFlagHit[];
  /** The urgent and emergency conditions the findings keep open, most urgent first. */
  dontMiss: DontMissEntry[];
  nextFindings: NextFinding[];
  suggestedDiagnostics: SuggestedDiagnostic[];
  treatmentSafety: TreatmentSafety[];
}
