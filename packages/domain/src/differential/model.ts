import { EVOKING_STRENGTHS, FREQUENCIES } from "../scales";
import { compareStrings, isWithinWeeks } from "./compare";
import type { EnteredFinding } from "./entered-findings";
import { toLikelihoodRatio, toLinkWeights } from "./likelihood";
import { toPriors } from "./priors";
import { toTemperedSum, type Weighted } from "./temper";
import type { ConditionFacts, DifferentialKnowledge, FindingLink } from "./types";

/** The knowledge fixed at one gestational week: what every part of the engine scores against. */
export interface DifferentialModel {
  week: number | undefined;
  /** Sorted by id; every per-condition array below uses this order. */
  conditions: ConditionFacts[];
  /** Priors at the week; with `unscoredPrior` and `unlistedPrior` they sum to 1. */
  priors: number[];
  /** Listed conditions no entered finding touches: part of "other", scored with the leak. */
  unscoredPrior: number;
  /** Causes the graph does not list: part of "other", LR 1 for every finding. */
  unlistedPrior: number;
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
  const priors = toPriors(conditions, week, knowledge.priorMass);
  return {
    week,
    conditions,
    priors: priors.conditions,
    unscoredPrior: priors.unscored,
    unlistedPrior: priors.unlisted,
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

/** ln LR of one answer for every condition, before tempering; "other" always has LR 1. */
export function toAnswerWeights(model: DifferentialModel, finding: EnteredFinding): number[] {
  const unlinked = Math.log(toLikelihoodRatio(undefined, finding.present));
  return model.conditions.map((condition) => {
    const link = findLink(model, condition.id, finding.findingId);
    if (link === undefined) return unlinked;
    const weights = toLinkWeights(link);
    return finding.present ? weights.present : weights.absent;
  });
}

/** The untempered weights of the entered findings: per condition (model order), and for the unscored. */
export interface Weights {
  conditions: Weighted[][];
  /** The listed conditions no finding touches: the leak for each present finding, nothing for an absent one. */
  unscored: Weighted[];
}

const LEAK_WEIGHT = Math.log(toLikelihoodRatio(undefined, true));

/** The weight one answer carries for the unscored conditions (they link no entered finding). */
export function toUnscoredWeight(finding: EnteredFinding): number {
  return finding.present ? LEAK_WEIGHT : 0;
}

/** The untempered weights of the entered findings, in finding order. */
export function toWeighted(model: DifferentialModel, entered: readonly EnteredFinding[]): Weights {
  const columns = entered.map((finding) => toAnswerWeights(model, finding));
  return {
    conditions: model.conditions.map((_, i) =>
      entered.map((finding, j) => ({ findingId: finding.findingId, weight: columns[j]?.[i] ?? 0 })),
    ),
    unscored: entered.map((finding) => ({ findingId: finding.findingId, weight: toUnscoredWeight(finding) })),
  };
}

/**
 * Unnormalised log posterior of every hypothesis: ln prior + the tempered sum of its weights.
 * "Other" is the unlisted causes (LR 1) plus the unscored conditions (the leak, tempered).
 */
export function toScores(model: DifferentialModel, weights: Weights): HypothesisValues {
  return toScoresFromSums(
    model,
    weights.conditions.map((list) => toTemperedSum(list)),
    toTemperedSum(weights.unscored),
  );
}

/** The log scores from each condition's tempered sum and the unscored conditions' one. */
export function toScoresFromSums(
  model: DifferentialModel,
  sums: readonly number[],
  unscoredSum: number,
): HypothesisValues {
  return {
    conditions: model.priors.map((prior, i) => Math.log(prior) + (sums[i] ?? 0)),
    other: Math.log(model.unlistedPrior + model.unscoredPrior * Math.exp(unscoredSum)),
  };
}

/** The log scores for the entered findings. */
export function toLogScores(model: DifferentialModel, entered: readonly EnteredFinding[]): HypothesisValues {
  return toScores(model, toWeighted(model, entered));
}

/** Normalise log scores to probabilities that sum to 1 (log-sum-exp, so tiny scores do not underflow). */
export function toProbabilities(scores: HypothesisValues): HypothesisValues {
  const max = Math.max(scores.other, ...scores.conditions);
  const shifted = scores.conditions.map((score) => Math.exp(score - max));
  const other = Math.exp(scores.other - max);
  const total = shifted.reduce((sum, value) => sum + value, 0) + other;
  return { conditions: shifted.map((value) => value / total), other: other / total };
}
