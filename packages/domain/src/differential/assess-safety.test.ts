import { describe, expect, it } from "vitest";
import { assessSafety, toClassClosure, toClassDepths } from "./assess-safety";
import CONTRACT_VERDICTS from "./assess-safety.verdicts.json";
import { statement } from "./fixture-builders";
import { CLINICAL } from "./fixtures";
import { CONTRACT_CLASSES, CONTRACT_SAFETY } from "./safety-fixtures";

const contract = (subjectId: string, week?: number) =>
  assessSafety(CONTRACT_SAFETY, subjectId, week, CONTRACT_CLASSES);

describe("assessSafety: the contract's verdicts", () => {
  // The contract's verdicts, one a row (a row without a week asks about the whole pregnancy).
  it.each(CONTRACT_VERDICTS)("$subject at week $week: $level, conflict $conflict, rank $rank", (row) => {
    const safety = contract(row.subject, row.week);
    expect(safety.level).toBe(row.level);
    expect(safety.conflict).toBe(row.conflict);
    expect(safety.headlineRank).toBe(row.rank);
  });

  it("lists the lower-ranking article as dissent when the regulator sets the headline (ibuprofen, week 24)", () => {
    const safety = contract("ibuprofen", 24);
    expect(safety.verdicts.map((v) => [v.sourceId, v.level, v.aboutId])).toStrictEqual([
      ["test-regulator", "AVOID", "nsaids"],
      ["test-consumer", "CAUTION", "ibuprofen"],
    ]);
    expect(safety.dissent.map((s) => [s.sourceId, s.subjectId, s.level])).toStrictEqual([
      ["test-consumer", "ibuprofen", "CAUTION"],
    ]);
  });

  it("keeps every applicable statement, by rank, marking those a more specific one overrides", () => {
    const safety = contract("ibuprofen", 24);
    expect(
      safety.statements.map((s) => [s.sourceRank, s.sourceId, s.subjectId, s.viaClassId, s.counted]),
    ).toStrictEqual([
      [1, "test-regulator", "nsaids", "nsaids", true],
      [4, "test-consumer", "ibuprofen", undefined, true],
      [4, "test-consumer", "nsaids", "nsaids", false],
    ]);
  });

  it("lets the regulator's specific word on low-dose aspirin beat its own NSAID warning", () => {
    const safety = contract("low-dose-aspirin", 24);
    const regulator = safety.statements.filter((s) => s.sourceId === "test-regulator");
    expect(regulator.map((s) => [s.subjectId, s.level, s.counted])).toStrictEqual([
      ["low-dose-aspirin", "ALLOWED", true],
      ["nsaids", "AVOID", false],
    ]);
    expect(safety.dissent.map((s) => [s.sourceId, s.level])).toStrictEqual([
      ["test-consumer", "CONTRAINDICATED"],
    ]);
  });

  it("without a week reads each source's strictest window, and does not count the milder one", () => {
    const safety = contract("nsaids", undefined);
    const regulator = safety.statements.filter((s) => s.sourceId === "test-regulator");
    expect(regulator.map((s) => [s.level, s.weekFrom, s.counted])).toStrictEqual([
      ["AVOID", 20, false],
      ["CONTRAINDICATED", 30, true],
    ]);
    expect(safety.dissent).toStrictEqual([]);
  });

  it("lists every top-rank side of a real split as dissent from CONFLICTING", () => {
    const safety = contract("drug-split", 20);
    expect(safety.dissent.map((s) => [s.sourceId, s.level])).toStrictEqual([
      ["test-guideline", "ALLOWED"],
      ["test-guideline-2", "AVOID"],
    ]);
  });
});

describe("assessSafety: windows, classes and order", () => {
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

  it("inherits through classes of classes, nearest class first, and survives a cycle", () => {
    const classes = { "drug-a": ["class-b"], "class-b": ["class-c"], "class-c": ["drug-a"] };
    expect(toClassClosure("drug-a", classes)).toStrictEqual(["class-b", "class-c"]);
    expect([...toClassDepths("drug-a", classes)]).toStrictEqual([
      ["drug-a", 0],
      ["class-b", 1],
      ["class-c", 2],
    ]);
    const safety = assessSafety(
      [
        statement("class-c", "CONTRAINDICATED", "test-guideline", "guideline"),
        statement("class-b", "CAUTION", "test-guideline", "guideline"),
      ],
      "drug-a",
      10,
      classes,
    );
    expect(safety.level).toBe("CAUTION");
    expect(safety.statements.map((s) => [s.viaClassId, s.counted])).toStrictEqual([
      ["class-b", true],
      ["class-c", false],
    ]);
  });

  it("ignores statements about other subjects and classes the subject is not in", () => {
    const paracetamol = assessSafety(CLINICAL.safety, "paracetamol", 24, CLINICAL.drugClasses);
    expect(paracetamol.statements.every((s) => s.subjectId === "paracetamol")).toBe(true);
    const nsaids = assessSafety(CLINICAL.safety, "nsaids", 12, CLINICAL.drugClasses);
    expect(nsaids.statements.some((s) => s.subjectId === "ibuprofen-gel")).toBe(false);
  });

  it("gives the same answer whatever the order of the statements", () => {
    const reversed = [...CONTRACT_SAFETY].reverse();
    for (const subject of ["ibuprofen", "low-dose-aspirin", "drug-split", "nsaids"]) {
      expect(assessSafety(reversed, subject, 24, CONTRACT_CLASSES)).toStrictEqual(contract(subject, 24));
    }
  });
});
