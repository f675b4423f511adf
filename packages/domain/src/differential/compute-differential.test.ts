import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { condition, knowledge, link } from "./fixture-builders";
import { CLINICAL } from "./fixtures";
import type { Candidate, DifferentialInput, DifferentialResult } from "./types";

function run(
  present: string[],
  absent: string[] = [],
  gestationalWeek: number | undefined = 24,
): DifferentialResult {
  return computeDifferential(CLINICAL, { present, absent, gestationalWeek });
}

function candidate(result: DifferentialResult, id: string): Candidate {
  const found = result.candidates.find((c) => c.conditionId === id);
  if (found === undefined) throw new Error(`no candidate ${id}`);
  return found;
}

describe("computeDifferential: the worked example of the README", () => {
  const result = run(["fever", "dysuria", "unilateral-pain"]);

  it("gives the probabilities computed by hand", () => {
    // Unnormalised: pyelonephritis 0.05 * 5.333 * 8.571 * 5.333 = 12.1905; the others 0.15 * 0.1 * 0.5 * 0.5 = 0.00375; other 0.65.
    const total = 12.190476190476 + 0.00375 + 0.00375 + 0.65;
    expect(candidate(result, "pyelonephritis").probability).toBeCloseTo(12.190476190476 / total, 9);
    expect(candidate(result, "osteochondrosis").probability).toBeCloseTo(0.00375 / total, 9);
    expect(result.otherProbability).toBeCloseTo(0.65 / total, 9);
  });

  it("ranks by probability and breaks the tie between equal scores by id", () => {
    expect(result.candidates.map((c) => [c.rank, c.conditionId])).toStrictEqual([
      [1, "pyelonephritis"],
      [2, "osteochondrosis"],
      [3, "uterine-hypertonicity"],
    ]);
  });

  it("explains each candidate with its weights, strongest first, ties by id", () => {
    const pyelonephritis = candidate(result, "pyelonephritis");
    expect(pyelonephritis.supporting.map((c) => c.findingId)).toStrictEqual([
      "dysuria",
      "fever",
      "unilateral-pain",
    ]);
    expect(pyelonephritis.supporting[0]?.weight).toBeCloseTo(Math.log(0.6 / 0.07), 12);
    expect(pyelonephritis.supporting[0]?.evidence[0]?.sourceId).toBe("test-textbook");
    expect(pyelonephritis.opposing).toStrictEqual([]);
    const osteochondrosis = candidate(result, "osteochondrosis");
    expect(osteochondrosis.opposing.map((c) => [c.findingId, c.frequency])).toStrictEqual([
      ["fever", "never"],
      ["dysuria", null],
      ["unilateral-pain", null],
    ]);
    expect(osteochondrosis.opposing[1]).toMatchObject({ likelihoodRatio: 0.5, evoking: null, evidence: [] });
  });
});

describe("computeDifferential: how findings and weeks move the ranking", () => {
  it("lowers pyelonephritis for an absent fever and raises the conditions that never have fever", () => {
    const base = run(["unilateral-pain"]);
    const noFever = run(["unilateral-pain"], ["fever"]);
    expect(candidate(noFever, "pyelonephritis").probability).toBeLessThan(
      candidate(base, "pyelonephritis").probability,
    );
    expect(candidate(noFever, "osteochondrosis").probability).toBeGreaterThan(
      candidate(base, "osteochondrosis").probability,
    );
    expect(candidate(noFever, "pyelonephritis").opposing.map((c) => [c.findingId, c.present])).toStrictEqual([
      ["fever", false],
    ]);
  });

  it("leaves a condition untouched by an absent finding it has no link to", () => {
    const result = run(["worse-with-movement"], ["leukocyturia"]);
    const osteochondrosis = candidate(result, "osteochondrosis");
    expect(
      [...osteochondrosis.supporting, ...osteochondrosis.opposing].map((c) => c.findingId),
    ).toStrictEqual(["worse-with-movement"]);
  });

  it("demotes a condition outside its typical weeks and says so", () => {
    const early = candidate(run(["worse-with-movement"], [], 10), "osteochondrosis");
    const late = candidate(run(["worse-with-movement"], [], 24), "osteochondrosis");
    expect(early.inWindow).toBe(false);
    expect(late.inWindow).toBe(true);
    expect(early.prior).toBeCloseTo(late.prior * 0.1, 12);
    expect(early.probability).toBeLessThan(late.probability);
  });

  it("applies a link with its own weeks only inside them", () => {
    const before = candidate(run(["hard-uterus"], [], 12), "uterine-hypertonicity");
    const after = candidate(run(["hard-uterus"], [], 24), "uterine-hypertonicity");
    expect(before.opposing.map((c) => [c.findingId, c.frequency])).toStrictEqual([["hard-uterus", null]]);
    expect(after.supporting.map((c) => [c.findingId, c.frequency])).toStrictEqual([
      ["hard-uterus", "usually"],
    ]);
  });

  it("uses the most specific link when several between one pair apply, whatever their order", () => {
    const general = link("cond-a", "f", "rarely", "weak");
    const late = link("cond-a", "f", "usually", "strong", { weekFrom: 30 });
    const contribution = (links: (typeof general)[], week: number) =>
      computeDifferential(knowledge({ conditions: [condition("cond-a")], links }), {
        present: ["f"],
        absent: [],
        gestationalWeek: week,
      }).candidates[0]?.supporting[0]?.frequency ?? null;
    expect(contribution([general, late], 32)).toBe("usually");
    expect(contribution([late, general], 32)).toBe("usually");
    expect(contribution([late, general], 20)).toBeNull();
  });

  it("moves mass to other when no condition explains a finding", () => {
    const base = run([]);
    const unexplained = run(["test-unknown-finding"]);
    expect(unexplained.otherProbability).toBeGreaterThan(base.otherProbability);
    expect(candidate(unexplained, "pyelonephritis").opposing[0]?.findingName).toBe("test-unknown-finding");
  });

  it("uses the normalised priors when nothing is entered", () => {
    const result = run([]);
    for (const c of result.candidates) expect(c.probability).toBeCloseTo(c.prior, 12);
    expect(result.otherProbability).toBeCloseTo(0.65, 12);
  });

  it("counts a finding entered both present and absent as present, once", () => {
    const both: DifferentialInput = { present: ["fever", "fever"], absent: ["fever"], gestationalWeek: 24 };
    expect(computeDifferential(CLINICAL, both)).toStrictEqual(run(["fever"]));
  });

  it("truncates to maxCandidates and reports the mass it cut", () => {
    const full = run(["pulling-pain"]);
    const cut = computeDifferential(
      CLINICAL,
      { present: ["pulling-pain"], absent: [], gestationalWeek: 24 },
      { maxCandidates: 1 },
    );
    expect(cut.candidates).toStrictEqual(full.candidates.slice(0, 1));
    expect(cut.omittedProbability).toBeCloseTo(
      (full.candidates[1]?.probability ?? 0) + (full.candidates[2]?.probability ?? 0),
      12,
    );
    expect(cut.otherProbability).toBe(full.otherProbability);
    expect(full.omittedProbability).toBe(0);
    const { candidates: _a, omittedProbability: _b, ...aroundFull } = full;
    const { candidates: _c, omittedProbability: _d, ...aroundCut } = cut;
    expect(aroundCut).toStrictEqual(aroundFull);
    expect(cut.suggestedDiagnostics.length).toBeGreaterThan(1);
  });
});
