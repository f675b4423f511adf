import { describe, expect, it } from "vitest";
import { differential } from "../test/case-fixtures";
import { toContributionNotes } from "./case-contribution";
import type { Contribution } from "./case-types";

const fever = differential.candidates[0]?.supporting[0] as Contribution;

describe("the notes under a contribution", () => {
  it.each([
    [{}, ["Ratio from the graph's frequency and evoking words"]],
    [
      { origin: "LEAK" as const },
      ["Not linked to this condition in the graph: a small push against (×0.5), never strong evidence"],
    ],
    [
      { origin: "STUDY" as const, statsSource: { id: "s", title: "A cohort", sourceKind: "trial" } },
      ["Ratio from a study's sensitivity and specificity (A cohort)"],
    ],
    [{ origin: "MIXED" as const }, ["Ratio partly from a study, partly from the graph's words"]],
    [
      { clamped: true, likelihoodRatio: 3, linkLikelihoodRatio: 5.33, discount: 0.81 },
      [
        "Ratio from the graph's frequency and evoking words",
        "Consumer articles only: held to ×3 (the link alone would give ×5.3)",
        "Counted at 81%: it travels with stronger findings on the same side",
      ],
    ],
  ] as const)("%j", (change, notes) => {
    expect(toContributionNotes({ ...fever, ...change })).toEqual(notes);
  });
});
