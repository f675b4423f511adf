import { describe, expect, it } from "vitest";
import { differential } from "../test/case-fixtures";
import { itReads } from "../test/it-reads";
import { toLaneFinding, toLaneIds, toLaneStanding, toOrdinal } from "./case-lane";

describe("the don't-miss lane's words", () => {
  it("marks the conditions the lane keeps open", () => {
    expect([...toLaneIds(differential)]).toEqual(["pyelonephritis"]);
    expect(toLaneIds({ dontMiss: [] }).size).toBe(0);
  });

  itReads(toOrdinal, [
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [111, "111th"],
  ]);

  it("gives the ranking's probability and rank, or says a rule named it", () => {
    expect(toLaneStanding({ probability: 0.041, rank: 3 })).toBe("4.1%, ranked 3rd");
    expect(toLaneStanding({ probability: 0, rank: null })).toBe(
      "not in the ranking (named by a red-flag rule)",
    );
  });

  it("shows each finding with its ratio, or the rule that ties it", () => {
    const [entry] = differential.dontMiss;
    const [fever] = entry?.findings ?? [];
    if (!fever) throw new Error("fixture");
    expect(toLaneFinding(fever)).toBe("Fever (×11)");
    expect(toLaneFinding({ ...fever, likelihoodRatio: null })).toBe("Fever (rule)");
  });
});
