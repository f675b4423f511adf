import { compareDescending, compareStrings } from "./compare";
import type { EnteredFinding } from "./entered-findings";
import { DEFAULT_FALSE_POSITIVE, toFindingProbability, toLikelihoodRatio, toLinkWeights } from "./likelihood";
import {
  type DifferentialModel,
  type HypothesisValues,
  toProbabilities,
  toScores,
  toScoresFromSums,
  toUnscoredWeight,
  type Weights,
} from "./model";
import { toTemperedState, toTemperedSumWith } from "./temper";
import type { Candidate, FindingLink, NextFinding } from "./types";

/** Shannon entropy in bits of a distribution over the conditions and "other". */
export function toEntropy(distribution: HypothesisValues): number {
  let bits = 0;
  for (const p of [...distribution.conditions, distribution.other]) {
    if (p > 0) bits -= p * Math.log2(p);
  }
  return bits;
}

/** For each askable finding, its links by condition index: one pass over all links, no per-pair lookups. */
function indexByFinding(
  model: DifferentialModel,
  askable: ReadonlySet<string>,
): Map<string, Map<number, FindingLink>> {
  const index = new Map<string, Map<number, FindingLink>>();
  model.conditions.forEach((condition, i) => {
    for (const [findingId, link] of model.links.get(condition.id) ?? []) {
      if (!askable.has(findingId)) continue;
      const byCondition = index.get(findingId) ?? new Map<number, FindingLink>();
      index.set(findingId, byCondition);
      byCondition.set(i, link);
    }
  });
  return index;
}

/**
 * The two answers' weights (ln LR per condition) and P(the finding would be present), predicted
 * from the current posterior: each condition by its own link or the leak, "other" by the default
 * false-positive rate, which makes "other" the LR-1 reference in the engine.
 */
function toAnswerModel(
  conditionCount: number,
  links: ReadonlyMap<number, FindingLink>,
  current: HypothesisValues,
) {
  const unlinkedPresent = Math.log(toLikelihoodRatio(undefined, true));
  const unlinkedAbsent = Math.log(toLikelihoodRatio(undefined, false));
  const present: number[] = [];
  const absent: number[] = [];
  let pPresent = 0;
  const unlinkedProbability = toFindingProbability(undefined);
  for (let i = 0; i < conditionCount; i++) {
    const link = links.get(i);
    const weights = link ? toLinkWeights(link) : undefined;
    present.push(weights ? weights.present : unlinkedPresent);
    absent.push(weights ? weights.absent : unlinkedAbsent);
    pPresent += (current.conditions[i] ?? 0) * (weights ? weights.probability : unlinkedProbability);
  }
  return { present, absent, pPresent: pPresent + current.other * DEFAULT_FALSE_POSITIVE };
}

/** The conditions whose probability differs most between the two answers. */
function toSeparates(
  model: DifferentialModel,
  ifPresent: HypothesisValues,
  ifAbsent: HypothesisValues,
  max: number,
): string[] {
  return model.conditions
    .map((condition, i) => ({
      id: condition.id,
      shift: Math.abs((ifPresent.conditions[i] ?? 0) - (ifAbsent.conditions[i] ?? 0)),
    }))
    .filter((entry) => entry.shift > 0)
    .sort((a, b) => compareDescending(a.shift, b.shift) || compareStrings(a.id, b.id))
    .slice(0, max)
    .map((entry) => entry.id);
}

/**
 * The not-yet-entered findings linked to the leading candidates, scored by expected information
 * gain: H(now) - sum over answers of P(answer) * H(posterior after that answer), with posteriors
 * from the engine's own (tempered) likelihood ratios, before the probability ceiling. The LR model
 * is not perfectly coherent (each link has its own false-positive rate), so a gain can come out at
 * or below zero; such findings are not suggested.
 */
export function suggestNextFindings(
  model: DifferentialModel,
  weighted: Weights,
  leaders: readonly Candidate[],
  entered: ReadonlySet<string>,
  names: Record<string, string>,
  options: { maxNextFindings: number; maxSeparates: number },
): NextFinding[] {
  const current = toProbabilities(toScores(model, weighted));
  // An answer is scored as one more weight in each condition's tempered sum, as if it were entered;
  // the sums are kept ready so that costs a binary search per condition, not a sort.
  const states = weighted.conditions.map((list) => toTemperedState(list));
  const unscoredState = toTemperedState(weighted.unscored);
  const withAnswer = (finding: EnteredFinding, weights: readonly number[]) =>
    toProbabilities(
      toScoresFromSums(
        model,
        states.map((state, i) => toTemperedSumWith(state, weights[i] ?? 0)),
        toTemperedSumWith(unscoredState, toUnscoredWeight(finding)),
      ),
    );
  const baseline = toEntropy(current);
  const askable = new Set<string>();
  for (const leader of leaders) {
    for (const findingId of model.links.get(leader.conditionId)?.keys() ?? []) {
      if (!entered.has(findingId)) askable.add(findingId);
    }
  }
  const byFinding = indexByFinding(model, askable);
  const none = new Map<number, FindingLink>();
  const scored = [...askable].map((findingId) => {
    const answers = toAnswerModel(model.conditions.length, byFinding.get(findingId) ?? none, current);
    const ifPresent = withAnswer({ findingId, present: true }, answers.present);
    const ifAbsent = withAnswer({ findingId, present: false }, answers.absent);
    const expected = answers.pPresent * toEntropy(ifPresent) + (1 - answers.pPresent) * toEntropy(ifAbsent);
    return { findingId, gain: baseline - expected, ifPresent, ifAbsent };
  });
  // Which conditions a finding separates is only worked out for the findings that are shown.
  return scored
    .filter((next) => next.gain > 0)
    .sort((a, b) => compareDescending(a.gain, b.gain) || compareStrings(a.findingId, b.findingId))
    .slice(0, options.maxNextFindings)
    .map(
      (next): NextFinding => ({
        findingId: next.findingId,
        findingName: names[next.findingId] ?? next.findingId,
        expectedInformationGain: next.gain,
        separates: toSeparates(model, next.ifPresent, next.ifAbsent, options.maxSeparates),
      }),
    );
}
