import { compareStrings } from "./compare";

/**
 * How much each further piece of evidence on the same side counts. Naive Bayes multiplies the
 * ratios of findings as if they were independent given the condition, but findings of one
 * condition travel together (fever, rigors and a fast pulse in sepsis), so the plain product is
 * overconfident. Within one condition, the supporting weights (ln LR > 0) are sorted strongest
 * first and the k-th counts DECAY^(k-1) of itself; the opposing weights likewise. The strongest
 * finding always counts in full, every further one still moves the condition the same way, and
 * no pile of correlated findings can count more than 1 / (1 - 0.9) = 10 times the strongest. A
 * stronger decay (0.7) buried emergencies with several distinct signs under common benign causes
 * on the development cases; the 90% ceiling, not tempering, is what holds certainty back.
 */
export const TEMPERING_DECAY = 0.9;

/** One weight to temper: its natural-log ratio and the finding id that breaks ties. */
export interface Weighted {
  findingId: string;
  weight: number;
}

/**
 * The discount of each weight, in the input's order: 1 for the strongest of its sign, DECAY for
 * the next, and so on; weights of 0 get 1 (they add nothing either way). Ties go by finding id,
 * so the result does not depend on input order.
 */
export function toDiscounts(items: readonly Weighted[], decay = TEMPERING_DECAY): number[] {
  const discounts = items.map(() => 1);
  for (const sign of [1, -1]) {
    const side = items
      .map((item, index) => ({ ...item, index }))
      .filter((item) => Math.sign(item.weight) === sign)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || compareStrings(a.findingId, b.findingId));
    side.forEach((item, k) => {
      discounts[item.index] = decay ** k;
    });
  }
  return discounts;
}

/** The tempered sum of the weights: each times its discount. */
export function toTemperedSum(items: readonly Weighted[], decay = TEMPERING_DECAY): number {
  const discounts = toDiscounts(items, decay);
  return items.reduce((sum, item, i) => sum + item.weight * (discounts[i] ?? 1), 0);
}
