import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { toEnteredFindings } from "./entered-findings";
import { condition, knowledge, link } from "./fixture-builders";
import { CLINICAL } from "./fixtures";
import { DEFAULT_FALSE_POSITIVE, toFindingProbability } from "./likelihood";
import { createModel, findLink, toLogScores, toProbabilities } from "./model";
import { toEntropy } from "./next-findings";
import { createRandomCase } from "./random-knowledge";
import { createRandom } from "./seeded-random";
import type { DifferentialInput, DifferentialKnowledge } from "./types";

/**
 * The expected information gain of asking `findingId`, from the definition: each answer entered
 * as one more finding and the posterior normalised in full (the engine swaps only the linked
 * conditions' terms into sums it keeps, or normalises in full when that would lose precision).
 */
function referenceGain(
  knowledge: DifferentialKnowledge,
  input: DifferentialInput,
  findingId: string,
): number {
  const model = createModel(knowledge, input.gestationalWeek);
  const entered = toEnteredFindings(input);
  const current = toProbabilities(toLogScores(model, entered));
  const pPresent =
    model.conditions.reduce(
      (sum, c, i) =>
        sum + (current.conditions[i] ?? 0) * toFindingProbability(findLink(model, c.id, findingId)),
      0,
    ) +
    current.other * DEFAULT_FALSE_POSITIVE;
  const after = (present: boolean) =>
    toEntropy(toProbabilities(toLogScores(model, [...entered, { findingId, present }])));
  return toEntropy(current) - (pPresent * after(true) + (1 - pPresent) * after(false));
}

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

  it("gives every suggested finding the gain of its definition (300 seeded random cases)", () => {
    const random = createRandom(20261203);
    let compared = 0;
    for (let run = 0; run < 300; run++) {
      const { knowledge, input } = createRandomCase(random);
      const result = computeDifferential(knowledge, input, { maxNextFindings: 1000, maxCandidates: 1000 });
      for (const next of result.nextFindings) {
        expect(next.expectedInformationGain).toBeCloseTo(referenceGain(knowledge, input, next.findingId), 9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("keeps its precision when the linked conditions hold nearly all the probability", () => {
    // One condition all but certain, and a test it (almost) always shows: if that finding were
    // absent, next to nothing would be left of it, so the sums kept for the other hypotheses
    // would cancel; the engine normalises in full there.
    const dominant = knowledge({
      conditions: [condition("cond-big", { prior: 0.3 }), condition("cond-small", { prior: 0.01 })],
      links: [
        ...["f-a", "f-b", "f-c", "f-d", "f-e"].map((id) => link("cond-big", id, "always", "strong")),
        link("cond-big", "f-sens", "always", "strong", {
          sensitivity: 0.9999999,
          specificity: 0.5,
          evidenceRank: 1,
        }),
        link("cond-small", "f-a", "rarely", "weak"),
      ],
    });
    const input = { present: ["f-a", "f-b", "f-c", "f-d", "f-e"], absent: [] };
    const result = computeDifferential(dominant, input);
    const next = result.nextFindings.find((n) => n.findingId === "f-sens");
    expect(next).toBeDefined();
    expect(next?.expectedInformationGain).toBeCloseTo(referenceGain(dominant, input, "f-sens"), 12);
  });
});
