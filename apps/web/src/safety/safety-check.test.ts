import { describe, expect, it } from "vitest";
import {
  isSaferThan,
  readSafetyCheckState,
  readWeekParam,
  toSaferAlternatives,
  toSafetyCheckHref,
  toSafetyCheckSearch,
} from "./safety-check";

describe("the checker's URL state", () => {
  it.each([
    ["", { subject: null, week: null }],
    ["?subject=ibuprofen&week=24", { subject: "ibuprofen", week: 24 }],
    ["?subject=%20ibuprofen%20&week=0", { subject: "ibuprofen", week: null }],
    ["?subject=ibuprofen&week=43", { subject: "ibuprofen", week: null }],
    ["?subject=ibuprofen&week=24.5", { subject: "ibuprofen", week: null }],
    [`?subject=${"x".repeat(201)}&week=10`, { subject: null, week: 10 }],
  ])("reads %s", (search, expected) => {
    expect(readSafetyCheckState(new URLSearchParams(search))).toEqual(expected);
  });

  it("writes what it reads", () => {
    expect(toSafetyCheckSearch({ subject: "ibuprofen", week: 24 })).toBe("?subject=ibuprofen&week=24");
    expect(toSafetyCheckSearch({ subject: null, week: null })).toBe("");
    expect(toSafetyCheckHref("mri", null)).toBe("/safety?subject=mri");
    expect(readWeekParam(" 7 ")).toBe(7);
  });
});

describe("isSaferThan", () => {
  it.each([
    ["ALLOWED", "CAUTION", true],
    ["CAUTION", "AVOID", true],
    ["CAUTION", "CONFLICTING", true],
    ["ALLOWED", "UNKNOWN", true],
    ["CAUTION", "CAUTION", false],
    ["CAUTION", "ALLOWED", false],
    ["ALLOWED", "ALLOWED", false],
    ["UNKNOWN", "CONTRAINDICATED", false],
    ["AVOID", "CONTRAINDICATED", false],
  ] as const)("%s instead of %s: %s", (other, subject, expected) => {
    expect(isSaferThan(other, subject)).toBe(expected);
  });
});

describe("toSaferAlternatives", () => {
  const node = (id: string, kind: "DRUG" | "INTERVENTION" | "CONDITION" | "DIAGNOSTIC", level?: string) => ({
    id,
    kind,
    name: id.toUpperCase(),
    ...(level ? { safety: { level: level as "ALLOWED" } } : {}),
  });
  const subgraph = {
    // Data rows, one case a line: alike in shape to the edge rows of test/case-fixtures.ts, as tables are; no
    // logic repeats.
    nodes: [
      node("ibuprofen", "DRUG", "AVOID"),
      node("nsaids", "DRUG", "AVOID"),
      node("paracetamol", "DRUG", "CAUTION"),
      node("heat", "INTERVENTION", "ALLOWED"),
      node("metamizole", "DRUG", "AVOID"),
      node("pillow", "INTERVENTION", "UNKNOWN"),
      node("back-pain", "CONDITION"),
      node("mri", "DIAGNOSTIC", "ALLOWED"),
    ],
    edges: [
      { type: "BELONGS_TO_CLASS", source: "ibuprofen", target: "nsaids" },
      { type: "ALTERNATIVE_TO", source: "paracetamol", target: "nsaids" },
      { type: "RELIEVES", source: "ibuprofen", target: "back-pain" },
      { type: "RELIEVES", source: "heat", target: "back-pain" },
      { type: "TREATS", source: "paracetamol", target: "back-pain" },
      { type: "RELIEVES", source: "metamizole", target: "back-pain" },
      { type: "RELIEVES", source: "pillow", target: "back-pain" },
      { type: "EVALUATES", source: "mri", target: "back-pain" },
    ],
  };

  it("offers only safer nodes the graph links, allowed first, with the graph's reason", () => {
    expect(toSaferAlternatives(subgraph, "ibuprofen", "AVOID")).toEqual([
      { id: "heat", name: "HEAT", level: "ALLOWED", reasons: ["also relieves BACK-PAIN"] },
      {
        id: "paracetamol",
        name: "PARACETAMOL",
        level: "CAUTION",
        reasons: ["alternative to its class NSAIDS", "also treats BACK-PAIN"],
      },
    ]);
  });

  it("offers only allowed ones against a subject at caution, and nothing against an allowed one", () => {
    expect(toSaferAlternatives(subgraph, "paracetamol", "CAUTION").map((a) => a.id)).toEqual(["heat"]);
    expect(toSaferAlternatives(subgraph, "heat", "ALLOWED")).toEqual([]);
  });

  it("never offers a test for a treatment, nor anything for a subject outside the subgraph", () => {
    expect(toSaferAlternatives(subgraph, "ibuprofen", "AVOID").map((a) => a.id)).not.toContain("mri");
    expect(toSaferAlternatives(subgraph, "ghost", "AVOID")).toEqual([]);
  });
});
