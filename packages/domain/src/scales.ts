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

export const SOURCE_KINDS = ["consumer-article", "regulator", "guideline", "trial", "textbook"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

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
