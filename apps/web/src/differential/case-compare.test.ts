import { describe, expect, it } from "vitest";
import { toComparison, toWhyNot } from "./case-compare";
import type { Contribution } from "./case-types";

function contribution(id: string, likelihoodRatio: number, present = true): Contribution {
  return {
    finding: { id, name: id },
    present,
    weight: Math.log(likelihoodRatio),
    likelihoodRatio,
    linkLikelihoodRatio: likelihoodRatio,
    discount: 1,
    origin: "SCALE",
    statsSource: null,
    clamped: false,
    frequency: "often",
    evoking: null,
    evidence: [],
  };
}

describe("toWhyNot", () => {
  it("lists the entered findings that lower it, strongest first, and passes the raisers on", () => {
    const raisers = [
      {
        finding: { id: "flank", name: "flank" },
        likelihoodRatio: 11,
        origin: "SCALE" as const,
        frequency: "usually",
        evoking: "strong",
      },
    ];
    const why = toWhyNot({
      opposing: [contribution("nausea", 0.5), contribution("fever", 0.2, false)],
      capped: false,
      raisers,
    });
    expect(why.holdingBack.map((item) => item.finding.id)).toEqual(["fever", "nausea"]);
    expect(why.wouldRaise).toBe(raisers);
    expect(why.capped).toBe(false);
  });
});

describe("toComparison", () => {
  it("puts the finding that tells the two apart most first and marks whom it favours", () => {
    const pyelo = { supporting: [contribution("fever", 11), contribution("dysuria", 3)], opposing: [] };
    const strain = { supporting: [contribution("dysuria", 3)], opposing: [contribution("fever", 0.5)] };
    const rows = toComparison(pyelo, strain);
    expect(rows.map((row) => [row.finding.id, row.favours])).toEqual([
      ["fever", "a"],
      ["dysuria", "even"],
    ]);
    expect(rows[0]?.b?.likelihoodRatio).toBe(0.5);
  });

  it("shows a finding that moved only one of them, with nothing on the other side", () => {
    const rows = toComparison(
      { supporting: [], opposing: [] },
      { supporting: [contribution("rash", 2)], opposing: [] },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ a: null, favours: "b" });
  });
});
