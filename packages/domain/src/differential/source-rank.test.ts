import { describe, expect, it } from "vitest";
import { isSourceKind, toSourceRank } from "./source-rank";
import RANKS from "./source-rank.cases.json";

describe("toSourceRank", () => {
  // A source kind and its rank, one a row; the row without a kind is a source that names none.
  it.each(RANKS)("$kind -> $rank", ({ kind, rank }) => {
    expect(toSourceRank(kind)).toBe(rank);
  });

  it("knows only the declared kinds", () => {
    expect(isSourceKind("regulator")).toBe(true);
    expect(isSourceKind("toString")).toBe(false);
  });
});
