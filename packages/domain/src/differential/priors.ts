import type { Prevalence } from "../scales";
import { isWithinWeeks } from "./compare";
import type { ConditionFacts, PriorGroup } from "./types";

/**
 * Fallback only, for a condition without a `prior` (every curated condition has one in
 * graph/knowledge/priors.yaml): its prevalence word on the scale of conditions.md §25.3
 * column B (maternity triage), e.g. mechanical back pain ~0.15-0.22, pyelonephritis or preterm
 * labour ~0.06, the rare emergencies 0.001-0.015.
 */
export const PREVALENCE_PRIOR: Readonly<Record<Prevalence, number>> = {
  "very-common": 0.15,
  common: 0.05,
  uncommon: 0.02,
  rare: 0.005,
  "very-rare": 0.001,
};

/**
 * Multiplier on a condition's prior when the week is outside its window. Not zero, because
 * some windows are typical rather than definitional; a tenfold demotion is the size of strong
 * evidence against (LR 0.1), and it takes the don't-miss conditions' priors (0.4-1.5%) to or
 * below §25.3's floor of 0.5 per mille outside their windows.
 */
export const OUT_OF_WINDOW_FACTOR = 0.1;

/** The least prior mass left to causes the graph does not list (the 10%). */
export const UNLISTED_PRIOR_FLOOR = 0.1;

/** True when no week is given, or the week is inside the condition's [weekFrom, weekTo]. */
export function isConditionInWindow(condition: ConditionFacts, week: number | undefined): boolean {
  return isWithinWeeks(week, condition.weekFrom, condition.weekTo);
}

/** The condition's prior before the week: its curated `prior`, else the prevalence fallback. */
export function toBasePrior(condition: ConditionFacts): number {
  return condition.prior ?? PREVALENCE_PRIOR[condition.prevalence];
}

/** The prior weight of a condition at a week (before the unlisted mass is set aside). */
export function toConditionPrior(condition: ConditionFacts, week: number | undefined): number {
  const base = toBasePrior(condition);
  return isConditionInWindow(condition, week) ? base : base * OUT_OF_WINDOW_FACTOR;
}

/** The model's priors: the scored conditions, the listed ones no finding touches, and the unlisted. */
export interface Priors {
  conditions: number[];
  /** Conditions of the graph that are not scored (no entered finding links them). */
  unscored: number;
  /** Causes the graph does not list: never below UNLISTED_PRIOR_FLOOR. */
  unlisted: number;
}

function toGroupPrior(group: PriorGroup, week: number | undefined): number {
  const base = group.prior ?? PREVALENCE_PRIOR[group.prevalence];
  const inWindow = isWithinWeeks(week, group.weekFrom, group.weekTo);
  return group.conditions * (inWindow ? base : base * OUT_OF_WINDOW_FACTOR);
}

/**
 * Priors that sum to 1. The graph's conditions take their curated priors (scaled down only if
 * together they would leave less than UNLISTED_PRIOR_FLOOR) and the unlisted causes the rest;
 * at a week, conditions outside their windows shrink and everything is renormalised (§25.3). The
 * conditions in `priorMass` that are not scored keep their share as `unscored`. Without
 * `priorMass`, the scored conditions are all the graph is known to hold.
 */
export function toPriors(
  conditions: readonly ConditionFacts[],
  week: number | undefined,
  priorMass?: readonly PriorGroup[],
): Priors {
  const groups = priorMass ?? conditions.map((c) => ({ ...c, conditions: 1 }));
  const listedBase = groups.reduce((sum, g) => sum + toGroupPrior(g, undefined), 0);
  const scale = listedBase > 1 - UNLISTED_PRIOR_FLOOR ? (1 - UNLISTED_PRIOR_FLOOR) / listedBase : 1;
  const unlisted = 1 - listedBase * scale;
  const scored = conditions.map((c) => toConditionPrior(c, week) * scale);
  const scoredTotal = scored.reduce((sum, p) => sum + p, 0);
  const listedAtWeek = groups.reduce((sum, g) => sum + toGroupPrior(g, week), 0) * scale;
  // Rounding, or a priorMass that misses a scored condition, must never make the rest negative.
  const unscored = Math.max(0, listedAtWeek - scoredTotal);
  const total = scoredTotal + unscored + unlisted;
  return {
    conditions: scored.map((p) => p / total),
    unscored: unscored / total,
    unlisted: unlisted / total,
  };
}
