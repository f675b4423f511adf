import type { Prevalence } from "../scales";
import { isWithinWeeks } from "./compare";
import type { ConditionFacts } from "./types";

/** Prior probability of a condition among pregnant women with back pain, by prevalence word. */
export const PREVALENCE_PRIOR: Readonly<Record<Prevalence, number>> = {
  "very-common": 0.3,
  common: 0.15,
  uncommon: 0.05,
  rare: 0.01,
  "very-rare": 0.002,
};

/**
 * Multiplier on a condition's prior when the week is outside its typical window. Not zero:
 * typical windows are soft, and an atypical week should demote a condition, not hide it.
 */
export const OUT_OF_WINDOW_FACTOR = 0.1;

/** The smallest prior left to "other / not in the graph", however many conditions are linked. */
export const OTHER_PRIOR_FLOOR = 0.05;

/** True when no week is given, or the week is inside the condition's [weekFrom, weekTo]. */
export function isConditionInWindow(condition: ConditionFacts, week: number | undefined): boolean {
  return isWithinWeeks(week, condition.weekFrom, condition.weekTo);
}

/** The unnormalised prior weight of a condition at a week. */
export function toConditionPrior(condition: ConditionFacts, week: number | undefined): number {
  const base = PREVALENCE_PRIOR[condition.prevalence];
  return isConditionInWindow(condition, week) ? base : base * OUT_OF_WINDOW_FACTOR;
}

/** The unnormalised prior weight of "other": what the conditions leave, never below the floor. */
export function toOtherPrior(conditionPriors: readonly number[]): number {
  const total = conditionPriors.reduce((sum, prior) => sum + prior, 0);
  return Math.max(OTHER_PRIOR_FLOOR, 1 - total);
}
