import { applyCeiling, isSettling } from "./ceiling";
import { compareDescending, compareStrings } from "./compare";
import type { EnteredFinding } from "./entered-findings";
import { toLinkRatio } from "./likelihood";
import { type DifferentialModel, findLink, type HypothesisValues } from "./model";
import { isConditionInWindow } from "./priors";
import { toDiscounts } from "./temper";
import type { Candidate, Contribution } from "./types";

/** The full ranking before truncation, with the mass left to "other". */
export interface Ranking {
  candidates: Candidate[];
  otherProbability: number;
}

/** How every entered finding moved one condition, tempered exactly as the score was. */
function toContributions(
  model: DifferentialModel,
  conditionId: string,
  entered: readonly EnteredFinding[],
  names: Record<string, string>,
): { contributions: Contribution[]; settled: boolean } {
  const scored = entered.map((finding) => {
    const link = findLink(model, conditionId, finding.findingId);
    return { finding, link, ratio: toLinkRatio(link, finding.present) };
  });
  const discounts = toDiscounts(
    scored.map(({ finding, ratio }) => ({ findingId: finding.findingId, weight: Math.log(ratio.ratio) })),
  );
  const contributions = scored.map(
    ({ finding, link, ratio }, i): Contribution => ({
      findingId: finding.findingId,
      findingName: names[finding.findingId] ?? finding.findingId,
      present: finding.present,
      weight: Math.log(ratio.ratio) * (discounts[i] ?? 1),
      likelihoodRatio: ratio.ratio,
      linkLikelihoodRatio: ratio.linkRatio,
      discount: discounts[i] ?? 1,
      origin: ratio.origin,
      statsSource: ratio.statsSource,
      clamped: ratio.clamped,
      frequency: link?.frequency ?? null,
      evoking: link?.evoking ?? null,
      evidence: link?.evidence ?? [],
    }),
  );
  const settled = scored.some(({ finding, link, ratio }) => finding.present && isSettling(link, ratio.ratio));
  return { contributions, settled };
}

function byStrength(a: Contribution, b: Contribution): number {
  return (
    compareDescending(Math.abs(a.weight), Math.abs(b.weight)) || compareStrings(a.findingId, b.findingId)
  );
}

/**
 * Every condition as a ranked candidate, by probability then id, each with the findings that moved
 * it, after the probability ceiling. A weight of exactly 0 (an absent finding the condition does
 * not mention) is neither supporting nor opposing.
 */
export function rankCandidates(
  model: DifferentialModel,
  entered: readonly EnteredFinding[],
  posterior: HypothesisValues,
  names: Record<string, string>,
  ceiling: number,
): Ranking {
  const explained = model.conditions.map((condition) => toContributions(model, condition.id, entered, names));
  const { probabilities, capped } = applyCeiling(posterior, (i) => explained[i]?.settled ?? false, ceiling);
  const unranked = model.conditions.map((condition, i): Candidate => {
    const contributions = explained[i]?.contributions ?? [];
    return {
      rank: 0,
      conditionId: condition.id,
      conditionName: condition.name,
      probability: probabilities.conditions[i] ?? 0,
      prior: model.priors[i] ?? 0,
      urgency: condition.urgency,
      inWindow: isConditionInWindow(condition, model.week),
      capped: capped === i,
      supporting: contributions.filter((c) => c.weight > 0).sort(byStrength),
      opposing: contributions.filter((c) => c.weight < 0).sort(byStrength),
    };
  });
  const candidates = unranked
    .sort(
      (a, b) =>
        compareDescending(a.probability, b.probability) || compareStrings(a.conditionId, b.conditionId),
    )
    .map((candidate, i) => ({ ...candidate, rank: i + 1 }));
  return { candidates, otherProbability: probabilities.other };
}
