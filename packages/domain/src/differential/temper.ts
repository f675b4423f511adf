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

/**
 * Sorts `values` in place by `compare`, as a stable `Array.prototype.sort` would. An insertion
 * sort: a side holds a handful of weights (at most one per entered finding), and this runs for
 * every condition of every differential, where `sort` allocated a work array each time.
 */
function sortSmall<T>(values: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < values.length; i++) {
    const value = values[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(values[j] as T, value) > 0; j--) values[j + 1] = values[j] as T;
    values[j + 1] = value;
  }
  return values;
}

const largestFirst = (a: number, b: number) => b - a;

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
  const discounts: number[] = new Array(items.length).fill(1);
  // Indices, not copies of the items: this runs for every condition of every differential.
  const byStrength = (a: number, b: number) => {
    const x = items[a] as Weighted;
    const y = items[b] as Weighted;
    return Math.abs(y.weight) - Math.abs(x.weight) || compareStrings(x.findingId, y.findingId);
  };
  for (const sign of [1, -1]) {
    const side: number[] = [];
    for (let i = 0; i < items.length; i++)
      if (Math.sign((items[i] as Weighted).weight) === sign) side.push(i);
    sortSmall(side, byStrength);
    for (let k = 0; k < side.length; k++) discounts[side[k] as number] = decay ** k;
  }
  return discounts;
}

/** Magnitudes sorted strongest first, each times DECAY^k. Ties need no id: they sum the same. */
function toSideSum(magnitudes: number[], decay: number): number {
  sortSmall(magnitudes, largestFirst);
  let sum = 0;
  for (let k = 0; k < magnitudes.length; k++) sum += decay ** k * (magnitudes[k] ?? 0);
  return sum;
}

/**
 * The tempered sum of the weights: each times its discount (`toDiscounts`), computed without
 * building the discounts, since the score of every condition needs it.
 */
export function toTemperedSum(items: readonly Weighted[], decay = TEMPERING_DECAY): number {
  const supporting: number[] = [];
  const opposing: number[] = [];
  for (const item of items) {
    if (item.weight > 0) supporting.push(item.weight);
    else if (item.weight < 0) opposing.push(-item.weight);
  }
  return toSideSum(supporting, decay) - toSideSum(opposing, decay);
}

/** One side (for or against) of a tempered sum: magnitudes strongest first, and running sums. */
interface TemperedSide {
  /** |weight| of each item on the side, descending. */
  sorted: number[];
  /** prefix[j] = sum over k < j of DECAY^k x sorted[k]; prefix[n] is the side's tempered total. */
  prefix: number[];
}

/**
 * A tempered sum kept ready for "what if one more finding were entered": the information gain
 * asks that for every askable finding and every condition, and re-sorting each time dominated
 * the engine's time. Adding a weight is a binary search and three terms.
 */
export interface TemperedState {
  supporting: TemperedSide;
  opposing: TemperedSide;
  decay: number;
  sum: number;
}

function sideTotal(side: TemperedSide): number {
  return side.prefix[side.sorted.length] ?? 0;
}

function toSide(magnitudes: number[], decay: number): TemperedSide {
  const sorted = sortSmall(magnitudes, largestFirst);
  const prefix = [0];
  for (let k = 0; k < sorted.length; k++)
    prefix.push((prefix[k] as number) + decay ** k * (sorted[k] as number));
  return { sorted, prefix };
}

/** The state of a list of weights; its `sum` equals `toTemperedSum` of the same list. */
export function toTemperedState(items: readonly Weighted[], decay = TEMPERING_DECAY): TemperedState {
  const positive: number[] = [];
  const negative: number[] = [];
  for (const item of items) {
    if (item.weight > 0) positive.push(item.weight);
    else if (item.weight < 0) negative.push(-item.weight);
  }
  const supporting = toSide(positive, decay);
  const opposing = toSide(negative, decay);
  return { supporting, opposing, decay, sum: sideTotal(supporting) - sideTotal(opposing) };
}

/** The side's tempered total with one more magnitude inserted where its size puts it. */
function withMagnitude(side: TemperedSide, value: number, decay: number): number {
  let low = 0;
  let high = side.sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((side.sorted[mid] ?? 0) >= value) low = mid + 1;
    else high = mid;
  }
  // Equal magnitudes give the same total whichever goes first, so ties need no finding id here.
  const before = side.prefix[low] ?? 0;
  const after = sideTotal(side) - before;
  return before + decay ** low * value + decay * after;
}

/** The tempered sum the state would have with one more weight. */
export function toTemperedSumWith(state: TemperedState, weight: number): number {
  if (weight > 0) return withMagnitude(state.supporting, weight, state.decay) - sideTotal(state.opposing);
  if (weight < 0) return sideTotal(state.supporting) - withMagnitude(state.opposing, -weight, state.decay);
  return state.sum;
}
