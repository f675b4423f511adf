import { compareDescending, compareStrings } from "./compare";
import {
  DEFAULT_FALSE_POSITIVE,
  type LinkWeights,
  toFindingProbability,
  toLikelihoodRatio,
  toLinkWeights,
} from "./likelihood";
import { type DifferentialModel, type HypothesisValues, toUnscoredWeight, type Weights } from "./model";
import { type TemperedState, toTemperedState, toTemperedSumWith } from "./temper";
import type { Candidate, NextFinding } from "./types";

/** Shannon entropy in bits of a distribution over the conditions and "other". */
export function toEntropy(distribution: HypothesisValues): number {
  let bits = 0;
  for (const p of [...distribution.conditions, distribution.other]) {
    if (p > 0) bits -= p * Math.log2(p);
  }
  return bits;
}

/** A link of an askable finding: the condition's index in the model and the link's weights. */
interface IndexedWeights {
  index: number;
  weights: LinkWeights;
}

/**
 * For each askable finding, its links in condition order: one pass over the candidates' links, so
 * scoring an answer walks a short list instead of looking every condition up.
 */
function indexByFinding(
  model: DifferentialModel,
  askable: ReadonlySet<string>,
): Map<string, IndexedWeights[]> {
  const index = new Map<string, IndexedWeights[]>();
  model.conditions.forEach((condition, i) => {
    for (const [findingId, link] of model.links.get(condition.id) ?? []) {
      if (!askable.has(findingId)) continue;
      const linked = index.get(findingId) ?? [];
      index.set(findingId, linked);
      linked.push({ index: i, weights: toLinkWeights(link) });
    }
  });
  return index;
}

/**
 * What one answer (present, or absent) does to every hypothesis when the finding is not linked
 * to a condition: the same for every askable finding, so worked out once per differential.
 * Linked conditions are rescored per finding; everything else is read from here.
 */
interface AnswerBase {
  present: boolean;
  /** Each condition's log score with the unlinked answer entered (ln prior + tempered sum). */
  unlinked: Float64Array;
  /** "Other"'s log score with the answer entered. */
  other: number;
  /** The largest of `other` and the `unlinked` scores, and exp(unlinked - max) of each condition. */
  max: number;
  shifted: Float64Array;
  /**
   * With s = exp(score - max) and x = score - max over the conditions and "other": Z = sum of s
   * and T = sum of s x. The posterior's entropy is ln Z - T / Z nats, so an answer that rescores
   * only a finding's linked conditions changes Z and T by those terms alone (`toEntropyWith`).
   */
  z: number;
  t: number;
}

/** The base's largest score and each condition's shifted exponential, as `normalise` makes them. */
function toShifted(
  unlinked: Float64Array,
  other: number,
): { max: number; shifted: Float64Array; z: number; t: number } {
  let max = other;
  for (let i = 0; i < unlinked.length; i++) max = Math.max(max, unlinked[i] as number);
  const shifted = new Float64Array(unlinked.length);
  let z = 0;
  let t = 0;
  const add = (x: number) => {
    const s = Math.exp(x);
    // A score of -Infinity (a prior of 0) has s = 0 and adds nothing (0 x -Infinity would be NaN).
    if (s > 0) {
      z += s;
      t += s * x;
    }
    return s;
  };
  for (let i = 0; i < unlinked.length; i++) shifted[i] = add((unlinked[i] as number) - max);
  add(other - max);
  return { max, shifted, z, t };
}

/**
 * The entropy in bits of the posterior after `base`'s answer to a finding whose linked conditions
 * would score `scores` (in `linked`'s order): Z and T of the base with the linked conditions' terms
 * swapped, so a finding costs its links, not every condition. Null when that loses precision (the
 * linked conditions held nearly all of Z, or a new score is far above the base's largest): the
 * caller then normalises in full.
 */
function toEntropyWith(
  base: AnswerBase,
  linked: readonly IndexedWeights[],
  scores: Float64Array,
): number | null {
  let removedZ = 0;
  let removedT = 0;
  let addedZ = 0;
  let addedT = 0;
  for (let k = 0; k < linked.length; k++) {
    const index = (linked[k] as IndexedWeights).index;
    const s = base.shifted[index] as number;
    if (s > 0) {
      removedZ += s;
      removedT += s * ((base.unlinked[index] as number) - base.max);
    }
    const x = (scores[k] as number) - base.max;
    if (x > 300) return null;
    const s2 = Math.exp(x);
    if (s2 > 0) {
      addedZ += s2;
      addedT += s2 * x;
    }
  }
  const z = base.z - removedZ + addedZ;
  if (!(z >= 1e-3 * base.z)) return null;
  const t = base.t - removedT + addedT;
  return Math.max(0, Math.log(z) - t / z) / Math.LN2;
}

/**
 * An answer's posterior, normalised into `into` (conditions) and returned with "other", exactly
 * as `toProbabilities` would: the same operations in the same order, without the arrays. When
 * the largest score is the base's, a condition whose score is the base's unlinked one takes the
 * base's exponential, the same number `Math.exp` would give here (same argument).
 */
function normalise(scores: Float64Array, otherScore: number, into: Float64Array, base: AnswerBase): number {
  let max = otherScore;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] as number);
  const reuse = max === base.max;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    const shifted = reuse && score === base.unlinked[i] ? (base.shifted[i] as number) : Math.exp(score - max);
    into[i] = shifted;
    total += shifted;
  }
  const other = Math.exp(otherScore - max);
  total += other;
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) / total;
  return other / total;
}

/** `toEntropy` of a posterior held as `normalise` leaves it. */
function toEntropyOf(conditions: Float64Array, other: number): number {
  let bits = 0;
  for (let i = 0; i < conditions.length; i++) {
    const p = conditions[i] as number;
    if (p > 0) bits -= p * Math.log2(p);
  }
  if (other > 0) bits -= other * Math.log2(other);
  return bits;
}

/** The conditions whose probability differs most between the two answers. */
function toSeparates(model: DifferentialModel, ifPresent: Float64Array, ifAbsent: Float64Array, max: number) {
  return model.conditions
    .map((condition, i) => ({
      id: condition.id,
      shift: Math.abs((ifPresent[i] as number) - (ifAbsent[i] as number)),
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
 * or below zero; such findings are not suggested. `current` is the posterior of `weighted` before
 * the ceiling, as the ranking computed it.
 */
export function suggestNextFindings(
  model: DifferentialModel,
  weighted: Weights,
  current: HypothesisValues,
  leaders: readonly Candidate[],
  entered: ReadonlySet<string>,
  names: Record<string, string>,
  options: { maxNextFindings: number; maxSeparates: number },
): NextFinding[] {
  const count = model.conditions.length;
  // An answer is scored as one more weight in each condition's tempered sum, as if it were entered;
  // the sums are kept ready so that costs a binary search per linked condition, not a sort, and
  // the conditions a finding is not linked to read the answer's base (the same for every finding).
  const states = weighted.conditions.map((list) => toTemperedState(list));
  const unscoredState = toTemperedState(weighted.unscored);
  const logPriors = model.priors.map((prior) => Math.log(prior));
  const toBase = (present: boolean): AnswerBase => {
    const unlinked = Math.log(toLikelihoodRatio(undefined, present));
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++)
      scores[i] = (logPriors[i] as number) + toTemperedSumWith(states[i] as TemperedState, unlinked);
    const unscoredSum = toTemperedSumWith(unscoredState, toUnscoredWeight({ findingId: "", present }));
    const other = Math.log(model.unlistedPrior + model.unscoredPrior * Math.exp(unscoredSum));
    return { present, unlinked: scores, other, ...toShifted(scores, other) };
  };
  const ifPresentBase = toBase(true);
  const ifAbsentBase = toBase(false);
  const scores = new Float64Array(count);
  /** The posterior after `base`'s answer to a finding with these links, into `into`; returns "other". */
  const withAnswer = (base: AnswerBase, linked: readonly IndexedWeights[], into: Float64Array): number => {
    scores.set(base.unlinked);
    for (const { index, weights } of linked) {
      const weight = base.present ? weights.present : weights.absent;
      scores[index] =
        (logPriors[index] as number) + toTemperedSumWith(states[index] as TemperedState, weight);
    }
    return normalise(scores, base.other, into, base);
  };
  const unlinkedProbability = toFindingProbability(undefined);
  let unlinkedPresent = current.other * DEFAULT_FALSE_POSITIVE;
  for (let i = 0; i < count; i++) unlinkedPresent += (current.conditions[i] ?? 0) * unlinkedProbability;
  /**
   * P(the finding would be present), from the current posterior; "other" at the reference rate:
   * the unlinked rate for every condition, corrected for the linked ones.
   */
  const toPresentProbability = (linked: readonly IndexedWeights[]): number => {
    let pPresent = unlinkedPresent;
    for (const { index, weights } of linked)
      pPresent += (current.conditions[index] ?? 0) * (weights.probability - unlinkedProbability);
    return pPresent;
  };
  const linkedScores = new Float64Array(count);
  /** The entropy after `base`'s answer: from the links alone when that is precise, else in full. */
  const toAnswerEntropy = (
    base: AnswerBase,
    linked: readonly IndexedWeights[],
    into: Float64Array,
  ): number => {
    for (let k = 0; k < linked.length; k++) {
      const { index, weights } = linked[k] as IndexedWeights;
      linkedScores[k] =
        (logPriors[index] as number) +
        toTemperedSumWith(states[index] as TemperedState, base.present ? weights.present : weights.absent);
    }
    const quick = toEntropyWith(base, linked, linkedScores);
    if (quick !== null) return quick;
    const other = withAnswer(base, linked, into);
    return toEntropyOf(into, other);
  };

  const baseline = toEntropy(current);
  const askable = new Set<string>();
  for (const leader of leaders) {
    for (const findingId of model.links.get(leader.conditionId)?.keys() ?? []) {
      if (!entered.has(findingId)) askable.add(findingId);
    }
  }
  const byFinding = indexByFinding(model, askable);
  const ifPresent = new Float64Array(count);
  const ifAbsent = new Float64Array(count);
  const scored = [...askable].map((findingId) => {
    const linked = byFinding.get(findingId) ?? [];
    const pPresent = toPresentProbability(linked);
    const hPresent = toAnswerEntropy(ifPresentBase, linked, ifPresent);
    const hAbsent = toAnswerEntropy(ifAbsentBase, linked, ifAbsent);
    const expected = pPresent * hPresent + (1 - pPresent) * hAbsent;
    return { findingId, linked, gain: baseline - expected };
  });
  // Which conditions a finding separates is only worked out for the findings that are shown.
  return scored
    .filter((next) => next.gain > 0)
    .sort((a, b) => compareDescending(a.gain, b.gain) || compareStrings(a.findingId, b.findingId))
    .slice(0, options.maxNextFindings)
    .map((next): NextFinding => {
      withAnswer(ifPresentBase, next.linked, ifPresent);
      withAnswer(ifAbsentBase, next.linked, ifAbsent);
      return {
        findingId: next.findingId,
        findingName: names[next.findingId] ?? next.findingId,
        expectedInformationGain: next.gain,
        separates: toSeparates(model, ifPresent, ifAbsent, options.maxSeparates),
      };
    });
}
