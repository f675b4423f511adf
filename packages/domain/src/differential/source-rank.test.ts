import { describe, expect, it } from "vitest";
import { isSourceKind, toSourceRank } from "./source-rank";

describe("toSourceRank", () => {
  // Data rows, one case a line: alike in shape to priors.test.ts's table (a word and its number), as tables
  // are; no logic repeats.
  it.each([
    { kind: "regulator", rank: 1 },
    { kind: "guideline", rank: 2 },
    { kind: "professional-body", rank: 2 },
    { kind: "teratology-service", rank: 3 },
    { kind: "systematic-review", rank: 3 },
    { kind: "textbook", rank: 3 },
    { kind: "consumer-article", rank: 4 },
    { kind: "blog", rank: 4 },
    { kind: "toString", rank: 4 },
    { kind: undefined, rank: 4 },
  ])("$kind -> $rank", ({ kind, rank }) => {
    expect(toSourceRank(kind)).toBe(rank);
  });

  it("knows only the declared kinds", () => {
    expect(isSourceKind("regulator")).toBe(true);
    expect(isSourceKind("toString")).toBe(false);
  });
});
