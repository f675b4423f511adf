import type { HypothesisValues } from "./model";
import type { FindingLink } from "./types";

/**
 * No candidate is shown above this unless a finding settles it. The likelihoods come from
 * ordinal words and a few studies, and even tempered they overstate certainty; a 90% ceiling
 * keeps one in ten for "something else" until the evidence is decisive.
 */
export const PROBABILITY_CEILING = 0.9;

/** A single objective finding with at least this likelihood ratio settles its condition. */
export const SETTLING_RATIO = 20;

/** Findings a clinician observes or measures rather than hears about: only these can settle. */
export const OBJECTIVE_FINDING_TYPES: ReadonlySet<string> = new Set(["sign", "lab", "imaging"]);

/**
 * True when a present finding settles the condition on its own: an examination, laboratory or
 * imaging finding whose ratio (after the consumer band) is at least SETTLING_RATIO, e.g. a
 * pathognomonic sign (0.8 / 0.01 = 80) or a study's LR+ of 20 or more.
 */
export function isSettling(link: FindingLink | undefined, ratio: number): boolean {
  return link !== undefined && OBJECTIVE_FINDING_TYPES.has(link.findingType ?? "") && ratio >= SETTLING_RATIO;
}

/**
 * Holds the most probable condition to the ceiling unless `settled(i)` says a finding settles it;
 * the mass taken off goes to every other hypothesis (the conditions and "other") in proportion,
 * so the order is kept and the sum stays 1. Returns the index capped, or null.
 */
export function applyCeiling(
  probabilities: HypothesisValues,
  settled: (index: number) => boolean,
  ceiling = PROBABILITY_CEILING,
): { probabilities: HypothesisValues; capped: number | null } {
  const top = probabilities.conditions.reduce((best, p, i, all) => (p > (all[best] ?? -1) ? i : best), 0);
  const p = probabilities.conditions[top] ?? 0;
  if (p <= ceiling || settled(top)) return { probabilities, capped: null };
  const rest = 1 - p;
  // When rounding left nothing beside the top, the ceiling's remainder goes to "other".
  const scale = rest > 0 ? (1 - ceiling) / rest : 0;
  return {
    probabilities: {
      conditions: probabilities.conditions.map((q, i) => (i === top ? ceiling : q * scale)),
      other: rest > 0 ? probabilities.other * scale : 1 - ceiling,
    },
    capped: top,
  };
}
