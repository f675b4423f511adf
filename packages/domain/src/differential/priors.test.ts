import { describe, expect, it } from "vitest";
import { condition } from "./fixture-builders";
import { isConditionInWindow, toBasePrior, toConditionPrior, toPriors } from "./priors";

describe("priors", () => {
  it.each([
    { prevalence: "very-common", expected: 0.15 },
    { prevalence: "common", expected: 0.05 },
    { prevalence: "uncommon", expected: 0.02 },
    { prevalence: "rare", expected: 0.005 },
    { prevalence: "very-rare", expected: 0.001 },
  ] as const)("falls back to $prevalence -> $expected only without a prior", ({ prevalence, expected }) => {
    expect(toBasePrior(condition("c", { prevalence }))).toBe(expected);
    expect(toBasePrior(condition("c", { prevalence, prior: 0.0123 }))).toBe(0.0123);
  });

  it.each([
    { week: 10, inWindow: false, prior: 0.004 },
    { week: 14, inWindow: true, prior: 0.04 },
    { week: 30, inWindow: true, prior: 0.04 },
    { week: 31, inWindow: false, prior: 0.004 },
    { week: undefined, inWindow: true, prior: 0.04 },
  ])("window 14-30 at week $week: in window $inWindow, prior $prior", ({ week, inWindow, prior }) => {
    const windowed = condition("c", { prior: 0.04, weekFrom: 14, weekTo: 30 });
    expect(isConditionInWindow(windowed, week)).toBe(inWindow);
    expect(toConditionPrior(windowed, week)).toBeCloseTo(prior, 12);
  });

  it("leaves the unlisted causes what the conditions do not take, and never less than 10%", () => {
    const few = toPriors([condition("a", { prior: 0.2 }), condition("b", { prior: 0.05 })], 20);
    expect(few.conditions).toStrictEqual([0.2, 0.05]);
    expect(few.unlisted).toBeCloseTo(0.75, 12);
    expect(few.unscored).toBe(0);
    const many = toPriors(
      [0.4, 0.3, 0.2, 0.1].map((prior, i) => condition(`c${i}`, { prior })),
      20,
    );
    expect(many.unlisted).toBeCloseTo(0.1, 12);
    expect(many.conditions[0]).toBeCloseTo(0.36, 12);
    expect(toPriors([], 20)).toStrictEqual({ conditions: [], unscored: 0, unlisted: 1 });
  });

  it("keeps the share of the graph's conditions that are not scored, and renormalises at a week", () => {
    const scored = [condition("a", { prior: 0.1 })];
    const graph = [
      { prior: 0.1, prevalence: "common" as const, conditions: 1 },
      { prior: 0.2, prevalence: "common" as const, conditions: 2 },
      { prevalence: "rare" as const, weekFrom: 30, conditions: 2 },
    ];
    const noWeek = toPriors(scored, undefined, graph);
    expect(noWeek.conditions[0]).toBeCloseTo(0.1, 12);
    expect(noWeek.unscored).toBeCloseTo(0.4 + 0.01, 12);
    expect(noWeek.unlisted).toBeCloseTo(1 - 0.51, 12);
    const early = toPriors(scored, 20, graph);
    const total = 0.1 + 0.4 + 0.001 + 0.49;
    expect(early.conditions[0]).toBeCloseTo(0.1 / total, 12);
    expect(early.unscored).toBeCloseTo(0.401 / total, 12);
    expect(early.unlisted).toBeCloseTo(0.49 / total, 12);
  });
});
