import { describe, expect, it } from "vitest";
import { EVOKING_STRENGTHS, FREQUENCIES } from "../scales";
import { link } from "./fixture-builders";
import { EVOKING_FALSE_POSITIVE, FREQUENCY_PROBABILITY, toLikelihoodRatio } from "./likelihood";

describe("toLikelihoodRatio", () => {
  it.each([
    { frequency: "always", evoking: "pathognomonic", present: true, expected: 0.95 / 0.01 },
    { frequency: "usually", evoking: "moderate", present: true, expected: 0.8 / 0.15 },
    { frequency: "often", evoking: "strong", present: true, expected: 0.6 / 0.07 },
    { frequency: "sometimes", evoking: "weak", present: true, expected: 0.35 / 0.3 },
    { frequency: "rarely", evoking: "none", present: true, expected: 0.1 / 0.5 },
    { frequency: "never", evoking: undefined, present: true, expected: 0.02 / 0.2 },
    { frequency: "usually", evoking: "moderate", present: false, expected: 0.2 / 0.85 },
    { frequency: "always", evoking: undefined, present: false, expected: 0.05 / 0.8 },
    { frequency: "never", evoking: undefined, present: false, expected: 0.98 / 0.8 },
  ] as const)(
    "$frequency/$evoking, present=$present -> $expected",
    ({ frequency, evoking, present, expected }) => {
      expect(toLikelihoodRatio(link("c", "f", frequency, evoking), present)).toBeCloseTo(expected, 12);
    },
  );

  it("treats an unlinked finding as mildly against when present and neutral when absent", () => {
    expect(toLikelihoodRatio(undefined, true)).toBeCloseTo(0.5, 12);
    expect(toLikelihoodRatio(undefined, false)).toBe(1);
  });

  it("orders the scales: more frequent is more likely, more evoking is rarer elsewhere", () => {
    const p = FREQUENCIES.map((f) => FREQUENCY_PROBABILITY[f]);
    const q = EVOKING_STRENGTHS.map((e) => EVOKING_FALSE_POSITIVE[e]);
    expect(p).toStrictEqual([...p].sort((a, b) => b - a));
    expect(q).toStrictEqual([...q].sort((a, b) => b - a));
  });

  it("makes a present `never` finding oppose and an absent `always` finding oppose strongly", () => {
    expect(Math.log(toLikelihoodRatio(link("c", "f", "never"), true))).toBeLessThan(-2);
    expect(Math.log(toLikelihoodRatio(link("c", "f", "always", "strong"), false))).toBeLessThan(-2.5);
  });
});
