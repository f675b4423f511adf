import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { diagnostic, knowledge, statement } from "./fixture-builders";
import { CLINICAL } from "./fixtures";
import type { DifferentialResult, SuggestedDiagnostic } from "./types";

const SPINE_INPUT = { present: ["worse-with-movement"], absent: [], gestationalWeek: 24 };

function suggestion(result: DifferentialResult, id: string): SuggestedDiagnostic {
  const found = result.suggestedDiagnostics.find((d) => d.diagnosticId === id);
  if (found === undefined) throw new Error(`no suggestion ${id}`);
  return found;
}

describe("suggested diagnostics", () => {
  const result = computeDifferential(CLINICAL, SPINE_INPUT);

  it("returns a contraindicated test only with its warning and a safer alternative", () => {
    const radiography = suggestion(result, "radiography");
    expect(radiography.safety.level).toBe("CONTRAINDICATED");
    expect(radiography.warning).toBe(
      "Radiography: contraindicated at week 24 per Test guideline; consider MRI",
    );
    expect(radiography.saferAlternatives).toStrictEqual(["mri"]);
    expect(suggestion(result, "mri")).toMatchObject({ warning: null, saferAlternatives: [] });
  });

  it("orders by the probability mass of the leaders each test evaluates, then id", () => {
    const usefulness = (id: string) => result.candidates.find((c) => c.conditionId === id)?.probability;
    expect(result.suggestedDiagnostics.map((d) => d.diagnosticId)).toStrictEqual([
      "mri",
      "radiography",
      "abdominal-ultrasound",
      "urinalysis",
      "pelvic-ultrasound",
    ]);
    expect(suggestion(result, "mri").usefulness).toBe(usefulness("osteochondrosis"));
    expect(suggestion(result, "urinalysis").evaluates).toStrictEqual(["pyelonephritis"]);
  });

  it("only suggests tests for the leading candidates", () => {
    const narrow = computeDifferential(CLINICAL, SPINE_INPUT, { leaderCount: 1, leaderFloor: 1 });
    expect(narrow.suggestedDiagnostics.map((d) => d.diagnosticId)).toStrictEqual(["mri", "radiography"]);
  });

  it("warns on a conflicting test and names both top-rank sides, and on an unknown week", () => {
    const conflicted = knowledge({
      ...CLINICAL,
      safety: [
        ...CLINICAL.safety,
        statement("radiography", "ALLOWED", "test-guideline-2", "professional-body"),
        statement("radiography", "ALLOWED", "test-consumer", "consumer-article"),
      ],
    });
    const radiography = suggestion(computeDifferential(conflicted, SPINE_INPUT), "radiography");
    expect(radiography.safety.level).toBe("CONFLICTING");
    expect(radiography.warning).toBe(
      "Radiography: sources of the same rank disagree at week 24 (Test guideline, guideline: CONTRAINDICATED; test-guideline-2, professional-body: ALLOWED); consider MRI",
    );
    const noWeek = suggestion(
      computeDifferential(CLINICAL, { ...SPINE_INPUT, gestationalWeek: undefined }),
      "radiography",
    );
    expect(noWeek.warning).toContain("week not given");
  });

  it("finds safer peers that evaluate the same leader even without ALTERNATIVE_TO", () => {
    const tests = knowledge({
      ...CLINICAL,
      diagnostics: [
        diagnostic("test-ct", ["osteochondrosis"], { name: "Test CT" }),
        diagnostic("test-exam", ["osteochondrosis"], { name: "Test exam" }),
        diagnostic("test-other", ["pyelonephritis"]),
      ],
      safety: [
        statement("test-ct", "AVOID", "test-guideline", "guideline"),
        statement("test-exam", "CAUTION", "test-guideline", "guideline"),
        statement("test-other", "ALLOWED", "test-guideline", "guideline"),
      ],
    });
    const ct = suggestion(computeDifferential(tests, SPINE_INPUT), "test-ct");
    expect(ct.saferAlternatives).toStrictEqual(["test-exam"]);
    expect(ct.warning).toBe("Test CT: avoid at week 24 per Test guideline; consider Test exam");
  });

  it("never returns an AVOID, CONTRAINDICATED or CONFLICTING test without a warning", () => {
    for (const week of [4, 12, 20, 30, undefined]) {
      for (const present of [["worse-with-movement"], ["fever"], ["pulling-pain", "soft-abdomen"]]) {
        for (const d of computeDifferential(CLINICAL, { present, absent: [], gestationalWeek: week })
          .suggestedDiagnostics) {
          const warned = ["AVOID", "CONTRAINDICATED", "CONFLICTING"].includes(d.safety.level);
          expect(d.warning !== null).toBe(warned);
        }
      }
    }
  });
});
