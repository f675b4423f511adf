/**
 * Ordinal scales used on the graph's nodes and edges. They are words on purpose: the curated
 * files say what the sources say ("often", "never"), and the differential engine owns the mapping
 * from these words to numbers.
 */
export const FREQUENCIES = ["always", "usually", "often", "sometimes", "rarely", "never"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How strongly a finding, when present, makes a clinician think of the condition. */
export const EVOKING_STRENGTHS = ["none", "weak", "moderate", "strong", "pathognomonic"] as const;
export type EvokingStrength = (typeof EVOKING_STRENGTHS)[number];

export const URGENCIES = ["routine", "soon", "urgent", "emergency"] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How common a condition is among pregnant women presenting with back pain. */
export const PREVALENCES = ["very-common", "common", "uncommon", "rare", "very-rare"] as const;
export type Prevalence = (typeof PREVALENCES)[number];

export const SAFETY_LEVELS = [
  "ALLOWED",
  "CAUTION",
  "AVOID",
  "CONTRAINDICATED",
  "CONFLICTING",
  "UNKNOWN",
] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

/** A source's authority, 1 the highest. */
export type SourceRank = 1 | 2 | 3 | 4;

/**
 * The kinds of document a source may be, with their authority: regulator (1) > guideline or
 * professional body (2) > textbook, reviews, trials, observational (cohort, case-control) studies
 * and teratology information services (3) > consumer article (4). A safety headline is read
 * from the highest-ranking sources that speak to the week; lower ranks stay visible as dissent.
 */
export const SOURCE_RANK = {
  regulator: 1,
  guideline: 2,
  "professional-body": 2,
  "teratology-service": 3,
  "systematic-review": 3,
  trial: 3,
  "observational-study": 3,
  textbook: 3,
  "consumer-article": 4,
} as const satisfies Record<string, SourceRank>;

/** The kind of document a source is; its authority is `SOURCE_RANK`. */
export type SourceKind = keyof typeof SOURCE_RANK;
export const SOURCE_KINDS = Object.keys(SOURCE_RANK) as [SourceKind, ...SourceKind[]];

/** Gestational weeks accepted anywhere in the product. */
export const MIN_WEEK = 1;
export const MAX_WEEK = 42;

export function isValidWeek(week: number): boolean {
  return Number.isInteger(week) && week >= MIN_WEEK && week <= MAX_WEEK;
}

/** Trimester of a gestational week: 1 (weeks 1-13), 2 (14-27), 3 (28 on). */
export function toTrimester(week: number): 1 | 2 | 3 {
  if (week <= 13) return 1;
  if (week <= 27) return 2;
  return 3;
}
