import { compareDescending, compareStrings } from "./compare";
import { DEFAULT_FALSE_POSITIVE, toFindingProbability } from "./likelihood";
import {
  addWeights,
  type DifferentialModel,
  findLink,
  type HypothesisValues,
  toAnswerWeights,
  toProbabilities,
} from "./model";
import type { Candidate, NextFinding } from "./types";

/** Shannon entropy in bits of a distribution over the conditions and "other". */
export function toEntropy(distribution: HypothesisValues): number {
  let bits = 0;
  for (const p of [...distribution.conditions, distribution.other]) {
    if (p > 0) bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * P(the finding would be present), predicted from the current posterior: each condition by its own
 * link (or the unlinked probability), "other" by the default false-positive rate, which is what
 * makes "other" the LR-1 reference in the engine.
 */
function toPresentProbability(
  model: DifferentialModel,
  findingId: string,
  current: HypothesisValues,
): number {
  const fromConditions = model.conditions.reduce(
    (sum, condition, i) =>
      sum + (current.conditions[i] ?? 0) * toFindingProbability(findLink(model, condition.id, findingId)),
    0,
  );
  return fromConditions + current.other * DEFAULT_FALSE_POSITIVE;
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
 * gain: H(now) - sum over answers of P(answer) * H(posterior after that answer), with posteriors from
 * the engine's own likelihood ratios. The LR model is not perfectly coherent (each link has its own
 * false-positive rate), so a gain can come out at or below zero; such findings are not suggested.
 */
export function suggestNextFindings(
  model: DifferentialModel,
  logScores: HypothesisValues,
  leaders: readonly Candidate[],
  entered: ReadonlySet<string>,
  names: Record<string, string>,
  options: { maxNextFindings: number; maxSeparates: number },
): NextFinding[] {
  const current = toProbabilities(logScores);
  const baseline = toEntropy(current);
  const askable = new Set<string>();
  for (const leader of leaders) {
    for (const findingId of model.links.get(leader.conditionId)?.keys() ?? []) {
      if (!entered.has(findingId)) askable.add(findingId);
    }
  }
  const scored = [...askable].map((findingId): NextFinding => {
    const ifPresent = toProbabilities(
      addWeights(logScores, toAnswerWeights(model, { findingId, present: true })),
    );
    const ifAbsent = toProbabilities(
      addWeights(logScores, toAnswerWeights(model, { findingId, present: false })),
    );
    const pPresent = toPresentProbability(model, findingId, current);
    const expected = pPresent * toEntropy(ifPresent) + (1 - pPresent) * toEntropy(ifAbsent);
    return {
      findingId,
      findingName: names[findingId] ?? findingId,
      expectedInformationGain: baseline - expected,
      separates: toSeparates(model, ifPresent, ifAbsent, options.maxSeparates),
    };
  });
  return scored
    .filter((next) => next.expectedInformationGain > 0)
    .sort(
      (a, b) =>
        compareDescending(a.expectedInformationGain, b.expectedInformationGain) ||
        compareStrings(a.findingId, b.findingId),
    )
    .slice(0, options.maxNextFindings);
}
