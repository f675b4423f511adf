import type { EvokingStrength, Frequency } from "../scales";
import type { FindingLink } from "./types";

/**
 * P(finding | condition): what the frequency words on PRESENTS_WITH mean as numbers. `always` and
 * `never` stop short of 1 and 0 so one surprising finding cannot rule a condition in or out alone.
 */
export const FREQUENCY_PROBABILITY: Readonly<Record<Frequency, number>> = {
  always: 0.95,
  usually: 0.8,
  often: 0.6,
  sometimes: 0.35,
  rarely: 0.1,
  never: 0.02,
};

/**
 * P(finding | not this condition): how often the finding turns up without the condition. A strongly
 * evoking finding is rare elsewhere, so it has a small false-positive rate and a large LR+.
 */
export const EVOKING_FALSE_POSITIVE: Readonly<Record<EvokingStrength, number>> = {
  pathognomonic: 0.01,
  strong: 0.07,
  moderate: 0.15,
  weak: 0.3,
  none: 0.5,
};

/** False-positive rate of a link that does not say how evoking its finding is. */
export const DEFAULT_FALSE_POSITIVE = 0.2;

/**
 * P(finding | condition) when the condition has no link to the finding. Lower than the default
 * false-positive rate, so a condition that does not explain a present finding loses ground
 * (LR 0.1 / 0.2 = 0.5) without being ruled out: the graph is incomplete, not a closed world.
 */
export const UNLINKED_FINDING_PROBABILITY = 0.1;

/** The false-positive rate of a link (its evoking strength, or the default). */
export function toFalsePositiveRate(link: FindingLink): number {
  return link.evoking === undefined ? DEFAULT_FALSE_POSITIVE : EVOKING_FALSE_POSITIVE[link.evoking];
}

/**
 * The likelihood ratio one entered finding applies to one condition.
 *
 * Linked: LR+ = p / q when present, LR- = (1 - p) / (1 - q) when absent. Unlinked (`link` is
 * undefined): 0.1 / 0.2 = 0.5 when present, and exactly 1 when absent, because a condition that says
 * nothing about a finding should neither gain nor lose from its absence.
 */
export function toLikelihoodRatio(link: FindingLink | undefined, present: boolean): number {
  if (link === undefined) return present ? UNLINKED_FINDING_PROBABILITY / DEFAULT_FALSE_POSITIVE : 1;
  const p = FREQUENCY_PROBABILITY[link.frequency];
  const q = toFalsePositiveRate(link);
  return present ? p / q : (1 - p) / (1 - q);
}

/**
 * P(finding present | condition) for predicting an answer before it is asked (information gain):
 * the link's frequency, or the unlinked probability.
 */
export function toFindingProbability(link: FindingLink | undefined): number {
  return link === undefined ? UNLINKED_FINDING_PROBABILITY : FREQUENCY_PROBABILITY[link.frequency];
}
