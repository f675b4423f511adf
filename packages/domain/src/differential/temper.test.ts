import { describe, expect, it } from "vitest";
import { createRandom } from "./seeded-random";
import { TEMPERING_DECAY, toDiscounts, toTemperedState, toTemperedSum, toTemperedSumWith } from "./temper";

const w = (findingId: string, weight: number) => ({ findingId, weight });

describe("tempering correlated findings", () => {
  it("counts the strongest of each side in full and each next one 0.9 of the one before", () => {
    expect(TEMPERING_DECAY).toBe(0.9);
    const items = [w("a", 1), w("b", 2), w("c", -0.5), w("d", 0.5), w("e", -1), w("f", 0)];
    toDiscounts(items).forEach((discount, i) => {
      expect(discount).toBeCloseTo([0.9, 1, 0.9, 0.81, 1, 1][i] ?? Number.NaN, 12);
    });
    expect(toTemperedSum(items)).toBeCloseTo(2 + 0.9 + 0.81 * 0.5 - 1 - 0.9 * 0.5, 12);
    expect(toDiscounts(items, 0.5)).toStrictEqual([0.5, 1, 0.5, 0.25, 1, 1]);
  });

  it("breaks ties by finding id, whatever the input order", () => {
    expect(toDiscounts([w("b", 1), w("a", 1)])).toStrictEqual([0.9, 1]);
    expect(toDiscounts([w("a", 1), w("b", 1)])).toStrictEqual([1, 0.9]);
  });

  it("never lets correlated findings exceed 1 / (1 - decay) times the strongest", () => {
    const many = Array.from({ length: 200 }, (_, i) => w(`f${i}`, 2));
    expect(toTemperedSum(many)).toBeLessThan(2 / (1 - TEMPERING_DECAY));
    expect(toTemperedSum(many)).toBeGreaterThan(2 / (1 - TEMPERING_DECAY) - 1e-3);
  });

  it("only ever adds when a supporting weight is added", () => {
    const base = [w("a", 1.5), w("b", 0.8), w("c", 0.3)];
    for (const extra of [0.1, 0.5, 1, 3]) {
      expect(toTemperedSum([...base, w("x", extra)])).toBeGreaterThan(toTemperedSum(base));
    }
  });

  it("is the plain sum when the decay is 1", () => {
    expect(toTemperedSum([w("a", 1), w("b", -2), w("c", 3)], 1)).toBe(2);
  });

  it("adds one more weight to a kept state exactly as a fresh sum would (seeded)", () => {
    const random = createRandom(5);
    for (let run = 0; run < 300; run++) {
      const items = Array.from({ length: random.int(8) }, (_, i) => w(`f${i}`, (random.int(9) - 4) / 2));
      const extra = (random.int(9) - 4) / 2;
      const state = toTemperedState(items);
      expect(state.sum).toBeCloseTo(toTemperedSum(items), 12);
      expect(toTemperedSumWith(state, extra)).toBeCloseTo(toTemperedSum([...items, w("x", extra)]), 12);
    }
  });
});
