import { EVOKING_STRENGTHS, FREQUENCIES } from "../scales";
import { compareStrings, isWithinWeeks } from "./compare";
import type { EnteredFinding } from "./entered-findings";
import { toLikelihoodRatio } from "./likelihood";
import { toConditionPrior, toOtherPrior } from "./priors";
import type { ConditionFacts, DifferentialKnowledge, FindingLink } from "./types";

/** The knowledge fixed at one gestational week: what every part of the engine scores against. */
export interface DifferentialModel {
  week: number | undefined;
  /** Sorted by id; every per-condition array below uses this order. */
  conditions: ConditionFacts[];
  /** Unnormalised prior weights. */
  priors: number[];
  otherPrior: number;
  /** The link that applies at the week, by condition id then finding id. */
  links: Map<string, Map<string, FindingLink>>;
}

/** Per-hypothesis values: one per condition (model order) and one for "other". */
export interface HypothesisValues {
  conditions: number[];
  other: number;
}

/**
 * Several links between one pair can apply at a week (e.g. a general one and a late-pregnancy
 * one); the most specific wins: a windowed link, then the more frequent, then the more evoking.
 * The last keys only make the choice independent of input order.
 */
function compareLinks(a: FindingLink, b: FindingLink): number {
  const windowed = (link: FindingLink) => (link.weekFrom !== undefined || link.weekTo !== undefined ? 0 : 1);
  const evoking = (link: FindingLink) =>
    link.evoking === undefined ? -1 : EVOKING_STRENGTHS.indexOf(link.evoking);
  return (
    windowed(a) - windowed(b) ||
    FREQUENCIES.indexOf(a.frequency) - FREQUENCIES.indexOf(b.frequency) ||
    evoking(b) - evoking(a) ||
    (a.weekFrom ?? 0) - (b.weekFrom ?? 0) ||
    (a.weekTo ?? 99) - (b.weekTo ?? 99) ||
    compareStrings(JSON.stringify(a.evidence), JSON.stringify(b.evidence))
  );
}

/** Index the links that apply at the week; a link outside its own window counts as absent. */
function indexLinks(
  links: readonly FindingLink[],
  week: number | undefined,
): Map<string, Map<string, FindingLink>> {
  const index = new Map<string, Map<string, FindingLink>>();
  for (const link of links) {
    if (!isWithinWeeks(week, link.weekFrom, link.weekTo)) continue;
    const byFinding = index.get(link.conditionId) ?? new Map<string, FindingLink>();
    index.set(link.conditionId, byFinding);
    const current = byFinding.get(link.findingId);
    if (current === undefined || compareLinks(link, current) < 0) byFinding.set(link.findingId, link);
  }
  return index;
}

/** Fix the knowledge at a week: sorted conditions, their priors and the applicable links. */
export function createModel(knowledge: DifferentialKnowledge, week: number | undefined): DifferentialModel {
  const conditions = [...knowledge.conditions].sort((a, b) => compareStrings(a.id, b.id));
  const priors = conditions.map((condition) => toConditionPrior(condition, week));
  return {
    week,
    conditions,
    priors,
    otherPrior: toOtherPrior(priors),
    links: indexLinks(knowledge.links, week),
  };
}

/** The link between a condition and a finding that applies at the model's week, if any. */
export function findLink(
  model: DifferentialModel,
  conditionId: string,
  findingId: string,
): FindingLink | undefined {
  return model.links.get(conditionId)?.get(findingId);
}

/** ln LR of one answer for every condition; "other" always has LR 1, i.e. weight 0. */
export function toAnswerWeights(model: DifferentialModel, finding: EnteredFinding): number[] {
  return model.conditions.map((condition) =>
    Math.log(toLikelihoodRatio(findLink(model, condition.id, finding.findingId), finding.present)),
  );
}

/** Unnormalised log posterior of every hypothesis: ln prior + the sum of ln LR, in finding order. */
export function toLogScores(model: DifferentialModel, entered: readonly EnteredFinding[]): HypothesisValues {
  const scores = model.priors.map((prior) => Math.log(prior));
  for (const finding of entered) {
    toAnswerWeights(model, finding).forEach((weight, i) => {
      scores[i] = (scores[i] ?? 0) + weight;
    });
  }
  return { conditions: scores, other: Math.log(model.otherPrior) };
}

/** Add per-condition weights to log scores ("other" unchanged). */
export function addWeights(scores: HypothesisValues, weights: readonly number[]): HypothesisValues {
  return { conditions: scores.conditions.map((score, i) => score + (weights[i] ?? 0)), other: scores.other };
}

/** Normalise log scores to probabilities that sum to 1 (log-sum-exp, so tiny scores do not underflow). */
export function toProbabilities(scores: HypothesisValues): HypothesisValues {
  const max = Math.max(scores.other, ...scores.conditions);
  const shifted = scores.conditions.map((score) => Math.exp(score - max));
  const other = Math.exp(scores.other - max);
  const total = shifted.reduce((sum, value) => sum + value, 0) + other;
  return { conditions: shifted.map((value) => value / total), other: other / total };
}
