import { applyCeiling, isSettling } from "./ceiling";
import { compareDescending, compareStrings } from "./compare";
import type { EnteredFinding } from "./entered-findings";
import { toLinkRatio } from "./likelihood";
import { type DifferentialModel, findLink, type HypothesisValues } from "./model";
import { isConditionInWindow } from "./priors";
import { toDiscounts } from "./temper";
import type { Candidate, ConditionFacts, Contribution } from "./types";

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

type Sides = Pick<Candidate, "supporting" | "opposing">;

/** A condition's contributions split into the two sides a candidate lists, strongest first. */
function toSides(contributions: readonly Contribution[]): Sides {
  return {
    supporting: contributions.filter((c) => c.weight > 0).sort(byStrength),
    opposing: contributions.filter((c) => c.weight < 0).sort(byStrength),
  };
}

/**
 * A candidate whose contributions are worked out the first time `supporting` or `opposing` is
 * read: a candidate not shown, whose contributions only a red flag or the lane may read. One
 * class, so every such candidate has the same shape.
 */
class UnexplainedCandidate implements Candidate {
  rank: number;
  conditionId: string;
  conditionName: string;
  probability: number;
  prior: number;
  urgency: Candidate["urgency"];
  inWindow: boolean;
  capped: boolean;
  #sides: Sides | undefined;
  readonly #explain: () => Sides;

  constructor(fields: Omit<Candidate, keyof Sides>, explain: () => Sides) {
    this.rank = fields.rank;
    this.conditionId = fields.conditionId;
    this.conditionName = fields.conditionName;
    this.probability = fields.probability;
    this.prior = fields.prior;
    this.urgency = fields.urgency;
    this.inWindow = fields.inWindow;
    this.capped = fields.capped;
    this.#explain = explain;
  }

  #sidesOf(): Sides {
    this.#sides ??= this.#explain();
    return this.#sides;
  }

  get supporting(): Contribution[] {
    return this.#sidesOf().supporting;
  }

  get opposing(): Contribution[] {
    return this.#sidesOf().opposing;
  }
}

/**
 * Every condition as a ranked candidate, by probability then id, each with the findings that moved
 * it, after the probability ceiling. A weight of exactly 0 (an absent finding the condition does
 * not mention) is neither supporting nor opposing. The first `explainFirst` candidates (those
 * shown) get their contributions now; the others work theirs out the first time `supporting` or
 * `opposing` is read (only an alarming candidate's ever are), with the same values.
 */
export function rankCandidates(
  model: DifferentialModel,
  entered: readonly EnteredFinding[],
  posterior: HypothesisValues,
  names: Record<string, string>,
  ceiling: number,
  explainFirst = Number.POSITIVE_INFINITY,
): Ranking {
  const explained: ({ contributions: Contribution[]; settled: boolean } | undefined)[] = [];
  const explain = (i: number) => {
    const known = explained[i];
    if (known) return known;
    const made = toContributions(model, (model.conditions[i] as ConditionFacts).id, entered, names);
    explained[i] = made;
    return made;
  };
  const { probabilities, capped } = applyCeiling(posterior, (i) => explain(i).settled, ceiling);
  const probabilityOf = (i: number) => probabilities.conditions[i] ?? 0;
  const order = model.conditions
    .map((_, i) => i)
    .sort(
      (a, b) =>
        compareDescending(probabilityOf(a), probabilityOf(b)) ||
        compareStrings(
          (model.conditions[a] as ConditionFacts).id,
          (model.conditions[b] as ConditionFacts).id,
        ),
    );
  const candidates = order.map((i, k): Candidate => {
    const condition = model.conditions[i] as ConditionFacts;
    const fields = {
      rank: k + 1,
      conditionId: condition.id,
      conditionName: condition.name,
      probability: probabilityOf(i),
      prior: model.priors[i] ?? 0,
      urgency: condition.urgency,
      inWindow: isConditionInWindow(condition, model.week),
      capped: capped === i,
    };
    if (k < explainFirst) return { ...fields, ...toSides(explain(i).contributions) };
    return new UnexplainedCandidate(fields, () => toSides(explain(i).contributions));
  });
  return { candidates, otherProbability: probabilities.other };
}
