import { describe, expect, it } from "vitest";
import { condition } from "./fixture-builders";
import { isConditionInWindow, toConditionPrior, toOtherPrior } from "./priors";

describe("priors", () => {
  it.each([
    { prevalence: "very-common", expected: 0.3 },
    { prevalence: "common", expected: 0.15 },
    { prevalence: "uncommon", expected: 0.05 },
    { prevalence: "rare", expected: 0.01 },
    { prevalence: "very-rare", expected: 0.002 },
  ] as const)("$prevalence -> $expected", ({ prevalence, expected }) => {
    expect(toConditionPrior(condition("c", { prevalence }), 20)).toBe(expected);
  });

  it.each([
    { week: 10, inWindow: false, prior: 0.015 },
    { week: 14, inWindow: true, prior: 0.15 },
    { week: 30, inWindow: true, prior: 0.15 },
    { week: 31, inWindow: false, prior: 0.015 },
    { week: undefined, inWindow: true, prior: 0.15 },
  ])("window 14-30 at week $week: in window $inWindow, prior $prior", ({ week, inWindow, prior }) => {
    const windowed = condition("c", { weekFrom: 14, weekTo: 30 });
    expect(isConditionInWindow(windowed, week)).toBe(inWindow);
    expect(toConditionPrior(windowed, week)).toBeCloseTo(prior, 12);
  });

  it("leaves other what the conditions do not take, never less than 0.05", () => {
    expect(toOtherPrior([0.15, 0.05])).toBeCloseTo(0.8, 12);
    expect(toOtherPrior([0.3, 0.3, 0.3, 0.15])).toBe(0.05);
    expect(toOtherPrior([])).toBe(1);
  });
});
