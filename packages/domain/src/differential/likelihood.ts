import type { EvokingStrength, Frequency } from "../scales";
import type { FindingLink } from "./types";

/**
 * P(finding | condition): what the frequency words on PRESENTS_WITH mean as numbers. `always` and
 * `never` stop short of 1 and 0 so one surprising finding cannot rule a condition in or out alone.
 */
export const FREQUENCY_PROBABILITY: Readonly<Record<Frequency, number>> = {
  always: 0.95,
  usually: 0.8,
  often: 0.6,
  sometimes: 0.35,
  rarely: 0.1,
  never: 0.02,
};

/**
 * P(finding | not this condition): how often the finding turns up without the condition. A strongly
 * evoking finding is rare elsewhere, so it has a small false-positive rate and a large LR+.
 */
export const EVOKING_FALSE_POSITIVE: Readonly<Record<EvokingStrength, number>> = {
  pathognomonic: 0.01,
  strong: 0.07,
  moderate: 0.15,
  weak: 0.3,
  none: 0.5,
};

/** False-positive rate of a link that does not say how evoking its finding is; also the reference rate of "other". */
export const DEFAULT_FALSE_POSITIVE = 0.2;

/**
 * The leak: P(finding | condition) when the graph does not link them, half the reference rate,
 * so a present finding a condition is not known to cause moves it by LR 0.1 / 0.2 = 0.5, a small
 * effect: the graph is incomplete, not a closed world, and an unexplained finding must never count
 * as strong evidence against a condition (that takes LR 0.1 or less). On the development cases
 * 0.5 ranked better than 0.75 (packages/domain/README.md, "How the numbers were chosen").
 */
export const LEAK_PROBABILITY = 0.1;

/**
 * The band a link backed only by consumer articles is held to: at most LR 3 for and 1/3 against,
 * a small effect. Folk signs from the articles can then never outweigh a guideline's examination
 * finding (usually + moderate is already 0.8 / 0.15 = 5.3).
 */
export const CONSUMER_RATIO_BAND: Readonly<{ min: number; max: number }> = { min: 1 / 3, max: 3 };

/**
 * Where a likelihood ratio comes from: STUDY (the link's sensitivity and specificity), SCALE (its
 * frequency and evoking words), MIXED (one of each) or LEAK (no link).
 */
export type LikelihoodOrigin = "STUDY" | "SCALE" | "MIXED" | "LEAK";

/** One answer's likelihood ratio for one condition, with its origin and any clamp applied. */
export interface LinkRatio {
  /** The ratio the engine uses: the link's, held to the consumer band when the link needs it. */
  ratio: number;
  /** The link's own ratio before any clamp. */
  linkRatio: number;
  origin: LikelihoodOrigin;
  statsSource: string | null;
  /** True when the consumer band changed the ratio. */
  clamped: boolean;
}

/** The false-positive rate of a link from its evoking strength (or the default). */
export function toFalsePositiveRate(link: FindingLink): number {
  return link.evoking === undefined ? DEFAULT_FALSE_POSITIVE : EVOKING_FALSE_POSITIVE[link.evoking];
}

/** p = sensitivity ?? frequency scale; q = 1 - specificity ?? evoking scale; and which was used. */
export function toLinkProbabilities(link: FindingLink): { p: number; q: number; origin: LikelihoodOrigin } {
  const p = link.sensitivity ?? FREQUENCY_PROBABILITY[link.frequency];
  const q = link.specificity === undefined ? toFalsePositiveRate(link) : 1 - link.specificity;
  const studied = Number(link.sensitivity !== undefined) + Number(link.specificity !== undefined);
  return { p, q, origin: studied === 2 ? "STUDY" : studied === 1 ? "MIXED" : "SCALE" };
}

/** True when every source behind the link is a consumer article (rank 4). */
export function isConsumerOnly(link: FindingLink): boolean {
  return link.evidenceRank === 4;
}

/**
 * The likelihood ratio one entered finding applies to one condition, before tempering.
 *
 * Linked: LR+ = p / q when present, LR- = (1 - p) / (1 - q) when absent, held to
 * `CONSUMER_RATIO_BAND` when only consumer articles back the link. Unlinked (`link` undefined):
 * the leak, LEAK_PROBABILITY / DEFAULT_FALSE_POSITIVE when present, and exactly 1 when absent,
 * because a condition that says nothing about a finding neither gains nor loses from its absence.
 */
export function toLinkRatio(link: FindingLink | undefined, present: boolean): LinkRatio {
  if (link === undefined) {
    const ratio = present ? LEAK_PROBABILITY / DEFAULT_FALSE_POSITIVE : 1;
    return { ratio, linkRatio: ratio, origin: "LEAK", statsSource: null, clamped: false };
  }
  const { p, q, origin } = toLinkProbabilities(link);
  const linkRatio = present ? p / q : (1 - p) / (1 - q);
  const ratio = isConsumerOnly(link)
    ? Math.min(CONSUMER_RATIO_BAND.max, Math.max(CONSUMER_RATIO_BAND.min, linkRatio))
    : linkRatio;
  const statsSource = origin === "SCALE" ? null : (link.statsSource ?? null);
  return { ratio, linkRatio, origin, statsSource, clamped: ratio !== linkRatio };
}

/** The ratio alone (see `toLinkRatio`). */
export function toLikelihoodRatio(link: FindingLink | undefined, present: boolean): number {
  return toLinkRatio(link, present).ratio;
}

/**
 * P(finding present | condition) for predicting an answer before it is asked (information gain):
 * the link's sensitivity or frequency, or the leak.
 */
export function toFindingProbability(link: FindingLink | undefined): number {
  return link === undefined ? LEAK_PROBABILITY : toLinkProbabilities(link).p;
}

/** A link's two answers as weights (ln LR) and P(finding present): what scoring reads most. */
export interface LinkWeights {
  present: number;
  absent: number;
  probability: number;
}

const LINK_WEIGHTS = new WeakMap<FindingLink, LinkWeights>();

/**
 * The link's weights, worked out once per link when the link is frozen: the store's knowledge
 * snapshot freezes every link, so the information gain of a finding, asked for every askable
 * finding against every candidate of every differential, reads them instead of recomputing
 * them. A link that could still change is computed afresh each time. Same numbers either way.
 */
export function toLinkWeights(link: FindingLink): LinkWeights {
  const known = LINK_WEIGHTS.get(link);
  if (known) return known;
  const weights = {
    present: Math.log(toLikelihoodRatio(link, true)),
    absent: Math.log(toLikelihoodRatio(link, false)),
    probability: toFindingProbability(link),
  };
  if (Object.isFrozen(link)) LINK_WEIGHTS.set(link, weights);
  return weights;
}
