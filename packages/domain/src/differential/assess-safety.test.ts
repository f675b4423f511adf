import { describe, expect, it } from "vitest";
import { assessSafety, toClassClosure } from "./assess-safety";
import { statement } from "./fixture-builders";
import { CLINICAL } from "./fixtures";

const clinical = (subjectId: string, week?: number) =>
  assessSafety(CLINICAL.safety, subjectId, week, CLINICAL.drugClasses);

describe("assessSafety", () => {
  it.each([
    { subject: "progesterone", week: 20, level: "UNKNOWN", count: 0 },
    { subject: "paracetamol", week: 20, level: "ALLOWED", count: 1 },
    { subject: "radiography", week: 24, level: "CONTRAINDICATED", count: 1 },
    { subject: "mri", week: 10, level: "CAUTION", count: 1 },
    { subject: "mri", week: 14, level: "ALLOWED", count: 1 },
    { subject: "mri", week: undefined, level: "CONFLICTING", count: 2 },
    { subject: "nsaids", week: 12, level: "CONTRAINDICATED", count: 1 },
    { subject: "nsaids", week: 20, level: "CONFLICTING", count: 2 },
    { subject: "ibuprofen-gel", week: 12, level: "CONFLICTING", count: 2 },
    { subject: "ibuprofen-gel", week: 24, level: "CONFLICTING", count: 3 },
  ])("$subject at week $week is $level with $count statements", ({ subject, week, level, count }) => {
    const safety = clinical(subject, week);
    expect(safety.level).toBe(level);
    expect(safety.statements).toHaveLength(count);
  });

  it("keeps both sides of a conflict inherited from a class, marking the class", () => {
    const { statements } = clinical("ibuprofen-gel", 12);
    expect(statements.map((s) => [s.subjectId, s.level, s.sourceKind, s.viaClassId])).toStrictEqual([
      ["nsaids", "CONTRAINDICATED", "guideline", "nsaids"],
      ["ibuprofen-gel", "ALLOWED", "consumer-article", undefined],
    ]);
  });

  it("does not let a regulator silently outvote a consumer article", () => {
    const statements = [
      statement("drug-x", "ALLOWED", "test-regulator", "regulator"),
      statement("drug-x", "AVOID", "test-consumer", "consumer-article"),
    ];
    const safety = assessSafety(statements, "drug-x", 30, {});
    expect(safety.level).toBe("CONFLICTING");
    expect(safety.statements.map((s) => s.sourceKind)).toStrictEqual(["regulator", "consumer-article"]);
  });

  it.each([
    { week: 12, level: "UNKNOWN" },
    { week: 19, level: "UNKNOWN" },
    { week: 20, level: "AVOID" },
    { week: 42, level: "AVOID" },
    { week: undefined, level: "AVOID" },
  ])("applies AVOID from week 20 at week $week as $level", ({ week, level }) => {
    const statements = [statement("drug-x", "AVOID", "test-regulator", "regulator", 20, 42)];
    expect(assessSafety(statements, "drug-x", week, {}).level).toBe(level);
  });

  it("inherits through classes of classes and survives a cycle", () => {
    const classes = { "drug-a": ["class-b"], "class-b": ["class-c"], "class-c": ["drug-a"] };
    expect(toClassClosure("drug-a", classes)).toStrictEqual(["class-b", "class-c"]);
    const safety = assessSafety(
      [statement("class-c", "CAUTION", "test-guideline", "guideline")],
      "drug-a",
      10,
      classes,
    );
    expect(safety.level).toBe("CAUTION");
    expect(safety.statements[0]?.viaClassId).toBe("class-c");
  });

  it("ignores statements about other subjects and classes the subject is not in", () => {
    expect(clinical("paracetamol", 24).statements.every((s) => s.subjectId === "paracetamol")).toBe(true);
    expect(clinical("nsaids", 12).statements.some((s) => s.subjectId === "ibuprofen-gel")).toBe(false);
  });
});
