import type { FindingLink } from "@bpx/domain";
import { describe, expect, it } from "vitest";
import { toRaisers } from "./raisers";

function link(findingId: string, overrides: Partial<FindingLink> = {}): FindingLink {
  return { conditionId: "pyelo", findingId, frequency: "usually", evidence: [], ...overrides };
}

const LINKS: FindingLink[] = [
  link("fever", { evoking: "moderate" }), // 0.8 / 0.15 = 5.33
  link("flank-pain", { evoking: "strong" }), // 0.8 / 0.07 = 11.4
  link("nausea", { frequency: "sometimes" }), // 0.35 / 0.2 = 1.75
  link("rash", { frequency: "rarely" }), // 0.1 / 0.2 = 0.5: would lower it
  link("folk-sign", { evoking: "pathognomonic", evidenceRank: 4 }), // 80, held to 3
  link("late-sign", { evoking: "strong", weekFrom: 30 }),
  link("other-condition", { conditionId: "sciatica", evoking: "strong" }),
];

describe("toRaisers", () => {
  it("lists the candidate's links not entered, strongest likelihood ratio first, only those above 1", () => {
    const raisers = toRaisers(LINKS, "pyelo", new Set(["fever"]), 24, 10);
    expect(raisers.map((r) => [r.findingId, Number(r.likelihoodRatio.toFixed(2))])).toEqual([
      ["flank-pain", 11.43],
      ["folk-sign", 3],
      ["nausea", 1.75],
    ]);
    expect(raisers[0]).toMatchObject({ origin: "SCALE", frequency: "usually", evoking: "strong" });
  });

  it("keeps links whose window holds the week, and all of them without a week", () => {
    expect(toRaisers(LINKS, "pyelo", new Set(), 32, 10).map((r) => r.findingId)).toContain("late-sign");
    expect(toRaisers(LINKS, "pyelo", new Set(), 24, 10).map((r) => r.findingId)).not.toContain("late-sign");
    expect(toRaisers(LINKS, "pyelo", new Set(), undefined, 10).map((r) => r.findingId)).toContain(
      "late-sign",
    );
  });

  it("cuts the list at first and lists a finding linked twice once, with its stronger link", () => {
    const twice = [...LINKS, link("nausea", { evoking: "strong", weekFrom: 20, weekTo: 28 })];
    const raisers = toRaisers(twice, "pyelo", new Set(), 24, 2);
    expect(raisers.map((r) => r.findingId)).toEqual(["flank-pain", "nausea"]);
    expect(raisers[1]?.evoking).toBe("strong");
  });
});
