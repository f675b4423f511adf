import { compareDescending, compareStrings } from "./compare";
import type { EnteredFinding } from "./entered-findings";
import { toLikelihoodRatio } from "./likelihood";
import { type DifferentialModel, findLink, type HypothesisValues } from "./model";
import { isConditionInWindow } from "./priors";
import type { Candidate, Contribution } from "./types";

/** The full ranking before truncation, with the mass left to "other". */
export interface Ranking {
  candidates: Candidate[];
  otherProbability: number;
}

function toContribution(
  model: DifferentialModel,
  conditionId: string,
  finding: EnteredFinding,
  names: Record<string, string>,
): Contribution {
  const link = findLink(model, conditionId, finding.findingId);
  const likelihoodRatio = toLikelihoodRatio(link, finding.present);
  return {
    findingId: finding.findingId,
    findingName: names[finding.findingId] ?? finding.findingId,
    present: finding.present,
    weight: Math.log(likelihoodRatio),
    likelihoodRatio,
    frequency: link?.frequency ?? null,
    evoking: link?.evoking ?? null,
    evidence: link?.evidence ?? [],
  };
}

function byStrength(a: Contribution, b: Contribution): number {
  return (
    compareDescending(Math.abs(a.weight), Math.abs(b.weight)) || compareStrings(a.findingId, b.findingId)
  );
}

/**
 * Every condition as a ranked candidate, by probability then id, each with the findings that moved
 * it. A weight of exactly 0 (an absent finding the condition does not mention) is neither.
 */
export function rankCandidates(
  model: DifferentialModel,
  entered: readonly EnteredFinding[],
  probabilities: HypothesisValues,
  names: Record<string, string>,
): Ranking {
  const priorTotal = model.priors.reduce((sum, prior) => sum + prior, 0) + model.otherPrior;
  const unranked = model.conditions.map((condition, i): Candidate => {
    const contributions = entered.map((finding) => toContribution(model, condition.id, finding, names));
    return {
      rank: 0,
      conditionId: condition.id,
      conditionName: condition.name,
      probability: probabilities.conditions[i] ?? 0,
      prior: (model.priors[i] ?? 0) / priorTotal,
      urgency: condition.urgency,
      inWindow: isConditionInWindow(condition, model.week),
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
