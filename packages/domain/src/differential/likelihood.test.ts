import { describe, expect, it } from "vitest";
import { EVOKING_STRENGTHS, FREQUENCIES } from "../scales";
import { link } from "./fixture-builders";
import {
  EVOKING_FALSE_POSITIVE,
  FREQUENCY_PROBABILITY,
  toFindingProbability,
  toLikelihoodRatio,
  toLinkRatio,
  toLinkWeights,
} from "./likelihood";

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

  it("treats an unlinked finding as a small push against (the leak) when present, neutral when absent", () => {
    expect(toLinkRatio(undefined, true)).toMatchObject({ origin: "LEAK", statsSource: null, clamped: false });
    expect(toLikelihoodRatio(undefined, true)).toBeCloseTo(0.5, 12);
    expect(toLikelihoodRatio(undefined, false)).toBe(1);
  });

  it.each([
    { sensitivity: 0.9, specificity: 0.95, present: true, expected: 0.9 / 0.05, origin: "STUDY" },
    { sensitivity: 0.9, specificity: 0.95, present: false, expected: 0.1 / 0.95, origin: "STUDY" },
    { sensitivity: 0.9, specificity: undefined, present: true, expected: 0.9 / 0.15, origin: "MIXED" },
    { sensitivity: undefined, specificity: 0.95, present: true, expected: 0.8 / 0.05, origin: "MIXED" },
  ] as const)(
    "uses study figures over the words: sens $sensitivity, spec $specificity -> $origin",
    ({ sensitivity, specificity, present, expected, origin }) => {
      const studied = link("c", "f", "usually", "moderate", {
        sensitivity,
        specificity,
        statsSource: "test-study",
      });
      const ratio = toLinkRatio(studied, present);
      expect(ratio.ratio).toBeCloseTo(expected, 12);
      expect(ratio).toMatchObject({ origin, statsSource: "test-study" });
    },
  );

  it.each([
    { frequency: "always", evoking: "pathognomonic", present: true, expected: 3 },
    { frequency: "never", evoking: "weak", present: true, expected: 1 / 3 },
    { frequency: "always", evoking: "strong", present: false, expected: 1 / 3 },
    { frequency: "often", evoking: "weak", present: true, expected: 2 },
  ] as const)(
    "holds a consumer-only link to [1/3, 3]: $frequency/$evoking present=$present -> $expected",
    ({ frequency, evoking, present, expected }) => {
      const folk = link("c", "f", frequency, evoking, { evidenceRank: 4 });
      expect(toLikelihoodRatio(folk, present)).toBeCloseTo(expected, 12);
      const guideline = link("c", "f", frequency, evoking, { evidenceRank: 2 });
      expect(toLinkRatio(guideline, present).clamped).toBe(false);
    },
  );

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

describe("toLinkWeights: a link's weights, kept for frozen links", () => {
  it("gives the weights and probability the engine would compute", () => {
    for (const l of [link("c", "f", "often", "strong"), Object.freeze(link("c", "g", "rarely", "weak"))]) {
      expect(toLinkWeights(l)).toEqual({
        present: Math.log(toLikelihoodRatio(l, true)),
        absent: Math.log(toLikelihoodRatio(l, false)),
        probability: toFindingProbability(l),
      });
    }
  });

  it("keeps a frozen link's weights, and recomputes a link that can still change", () => {
    const frozen = Object.freeze(link("c", "f", "often", "strong"));
    expect(toLinkWeights(frozen)).toBe(toLinkWeights(frozen));
    const open = link("c", "f", "often", "strong");
    const before = toLinkWeights(open).present;
    open.frequency = "rarely";
    expect(toLinkWeights(open).present).toBeLessThan(before);
    expect(toLinkWeights(open).present).toBe(Math.log(toLikelihoodRatio(open, true)));
  });
});
