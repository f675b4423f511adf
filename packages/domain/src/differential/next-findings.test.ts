import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { condition, knowledge, link } from "./fixture-builders";
import { CLINICAL } from "./fixtures";
import { toEntropy } from "./next-findings";

/** Two equally likely synthetic conditions and three findings that split them differently. */
const TWINS = knowledge({
  conditions: [condition("cond-kidney", { prior: 0.15 }), condition("cond-spine", { prior: 0.15 })],
  links: [
    link("cond-kidney", "back-pain", "usually", "weak"),
    link("cond-spine", "back-pain", "usually", "weak"),
    link("cond-kidney", "f-separates", "always", "strong"),
    link("cond-spine", "f-separates", "never"),
    link("cond-kidney", "f-shared", "usually", "strong"),
    link("cond-spine", "f-shared", "usually", "strong"),
  ],
  names: { "f-separates": "Separating finding", "f-shared": "Shared finding" },
});

describe("next findings", () => {
  const result = computeDifferential(TWINS, { present: ["back-pain"], absent: [] });

  it("ranks a finding that separates two equal leaders above one they share", () => {
    expect(result.candidates[0]?.probability).toBe(result.candidates[1]?.probability);
    expect(result.nextFindings.map((n) => n.findingId)).toStrictEqual(["f-separates", "f-shared"]);
    const [separating, shared] = result.nextFindings;
    expect(separating?.expectedInformationGain).toBeGreaterThan(
      (shared?.expectedInformationGain ?? 0) + 0.15,
    );
    expect(separating?.separates).toStrictEqual(["cond-kidney", "cond-spine"]);
    expect(separating?.findingName).toBe("Separating finding");
  });

  it("never suggests a finding already entered, present or absent", () => {
    const asked = computeDifferential(TWINS, { present: ["back-pain"], absent: ["f-separates"] });
    expect(asked.nextFindings.map((n) => n.findingId)).toStrictEqual(["f-shared"]);
  });

  it("gives positive gains in bits, best first, capped at maxNextFindings", () => {
    const clinical = computeDifferential(CLINICAL, { present: ["fever"], absent: [], gestationalWeek: 24 });
    const gains = clinical.nextFindings.map((n) => n.expectedInformationGain);
    expect(clinical.nextFindings[0]?.findingId).toBe("leukocyturia");
    expect(gains).toStrictEqual([...gains].sort((a, b) => b - a));
    for (const gain of gains) expect(gain > 0 && gain < Math.log2(4)).toBe(true);
    expect(clinical.nextFindings).toHaveLength(5);
    const capped = computeDifferential(
      CLINICAL,
      { present: ["fever"], absent: [], gestationalWeek: 24 },
      { maxNextFindings: 2 },
    );
    expect(capped.nextFindings).toStrictEqual(clinical.nextFindings.slice(0, 2));
  });

  it("weighs each answer by its predicted probability (worked by hand)", () => {
    const single = knowledge({
      conditions: [condition("cond-a", { prior: 0.15 })],
      links: [link("cond-a", "f", "usually", "moderate")],
    });
    const [next] = computeDifferential(single, { present: [], absent: [] }).nextFindings;
    const h = (p: number) => -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);
    // Prior A 0.15, other 0.85. P(f) = 0.15 * 0.8 + 0.85 * 0.2 = 0.29.
    const ifPresent = (0.15 * 0.8) / 0.15 / (0.15 * (0.8 / 0.15) + 0.85);
    const ifAbsent = (0.15 * (0.2 / 0.85)) / (0.15 * (0.2 / 0.85) + 0.85);
    expect(next?.expectedInformationGain).toBeCloseTo(
      h(0.15) - (0.29 * h(ifPresent) + 0.71 * h(ifAbsent)),
      12,
    );
    expect(next?.separates).toStrictEqual(["cond-a"]);
  });

  it("measures entropy in bits", () => {
    expect(toEntropy({ conditions: [0.5, 0.5], other: 0 })).toBeCloseTo(1, 12);
    expect(toEntropy({ conditions: [0.25, 0.25, 0.25], other: 0.25 })).toBeCloseTo(2, 12);
    expect(toEntropy({ conditions: [1, 0], other: 0 })).toBe(0);
  });
});
