import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { CLINICAL } from "./fixtures";

describe("treatment safety", () => {
  it("lists the drugs and measures of the leaders by name, each once with its safety at the week", () => {
    const input = { present: ["pulling-pain"], absent: [], gestationalWeek: 12 };
    const result = computeDifferential(CLINICAL, input, { treatmentLeaderCount: 1, leaderFloor: 1 });
    expect(result.candidates[0]?.conditionId).toBe("uterine-hypertonicity");
    expect(result.treatmentSafety.map((t) => [t.subjectName, t.safety.level])).toStrictEqual([
      ["Drotaverine", "CAUTION"],
      ["Paracetamol", "ALLOWED"],
      ["Progesterone", "UNKNOWN"],
    ]);
  });

  it("groups a subject linked to several leaders and keeps conflicts from its class", () => {
    const result = computeDifferential(CLINICAL, {
      present: ["worse-with-movement"],
      absent: [],
      gestationalWeek: 24,
    });
    const paracetamol = result.treatmentSafety.find((t) => t.subjectId === "paracetamol");
    expect(paracetamol?.conditionIds).toStrictEqual(["osteochondrosis", "uterine-hypertonicity"]);
    const gel = result.treatmentSafety.find((t) => t.subjectId === "ibuprofen-gel");
    expect(gel?.safety).toMatchObject({ level: "AVOID", conflict: true, headlineRank: 1 });
    expect(gel?.safety.statements.map((s) => [s.sourceRank, s.level])).toStrictEqual([
      [1, "AVOID"],
      [2, "CONTRAINDICATED"],
      [4, "ALLOWED"],
    ]);
    const belt = result.treatmentSafety.find((t) => t.subjectId === "maternity-belt");
    expect(belt?.subjectKind).toBe("INTERVENTION");
    const names = result.treatmentSafety.map((t) => t.subjectName);
    expect(names).toStrictEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });
});
