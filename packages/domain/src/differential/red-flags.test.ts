import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { knowledge, redFlag } from "./fixture-builders";
import { CLINICAL } from "./fixtures";
import { matchRule, toUrgency } from "./red-flags";

/** Only the rules, so candidate flags cannot interfere. */
const RULES = knowledge({ redFlags: CLINICAL.redFlags });

function ruleIds(present: string[], gestationalWeek?: number): string[] {
  return computeDifferential(RULES, { present, absent: [], gestationalWeek }).redFlags.map((hit) => hit.id);
}

describe("red-flag rules", () => {
  it.each([
    { present: ["vaginal-bleeding"], week: 10, fired: ["rf-bleeding-first-trimester"] },
    { present: ["vaginal-bleeding"], week: 13, fired: ["rf-bleeding-first-trimester"] },
    { present: ["vaginal-bleeding"], week: 14, fired: [] },
    { present: ["fever"], week: 24, fired: [] },
    { present: ["fever", "dysuria"], week: 24, fired: ["rf-fever-flank"] },
    { present: ["fever", "unilateral-pain", "dysuria"], week: 30, fired: ["rf-fever-flank"] },
    { present: ["dysuria", "unilateral-pain"], week: 24, fired: [] },
    {
      present: ["fever", "dysuria", "vaginal-bleeding"],
      week: 8,
      fired: ["rf-bleeding-first-trimester", "rf-fever-flank"],
    },
    { present: [], week: 8, fired: [] },
  ])("$present at week $week fires $fired", ({ present, week, fired }) => {
    expect(ruleIds(present, week)).toStrictEqual(fired);
  });

  it("fires a windowed rule when no week is given, and says the week is missing", () => {
    const [hit] = computeDifferential(RULES, { present: ["vaginal-bleeding"], absent: [] }).redFlags;
    expect(hit?.id).toBe("rf-bleeding-first-trimester");
    expect(hit?.message).toContain("gestational week not given");
    expect(hit?.urgency).toBe("emergency");
  });

  it("reports the triggering findings and the suggested conditions", () => {
    const hit = computeDifferential(RULES, { present: ["fever", "dysuria"], absent: [] }).redFlags[0];
    expect(hit).toMatchObject({
      trigger: "rule",
      findingIds: ["dysuria", "fever"],
      conditionIds: ["pyelonephritis"],
    });
    expect(hit?.message).toBe("Test red flag rf-fever-flank");
  });

  it("never fires a rule without findings, and reads an unknown urgency as urgent", () => {
    expect(matchRule(redFlag("rf-empty", [], []), new Set(["fever"]), 20)).toBeNull();
    expect(toUrgency("high")).toBe("urgent");
    expect(toUrgency("emergency")).toBe("emergency");
  });
});

describe("candidate red flags", () => {
  it("flags an urgent candidate over the threshold, emergency rules first", () => {
    const result = computeDifferential(CLINICAL, {
      present: ["fever", "dysuria", "vaginal-bleeding"],
      absent: [],
      gestationalWeek: 10,
    });
    expect(result.redFlags.map((hit) => [hit.id, hit.urgency, hit.trigger])).toStrictEqual([
      ["rf-bleeding-first-trimester", "emergency", "rule"],
      ["candidate:pyelonephritis", "urgent", "candidate"],
      ["rf-fever-flank", "urgent", "rule"],
    ]);
    const flag = result.redFlags[1];
    const percent = Math.round((result.candidates[0]?.probability ?? 0) * 100);
    expect(flag?.message).toBe(`Pyelonephritis is ${percent}% likely and needs urgent assessment`);
  });

  it("does not flag a routine candidate however likely, nor an urgent one under the threshold", () => {
    const spine = computeDifferential(CLINICAL, {
      present: ["worse-with-movement", "radiates-to-leg-buttock"],
      absent: [],
      gestationalWeek: 24,
    });
    expect(spine.candidates[0]?.conditionId).toBe("osteochondrosis");
    expect(spine.candidates[0]?.probability).toBeGreaterThan(0.5);
    expect(spine.redFlags).toStrictEqual([]);
    const input = { present: ["pulling-pain", "lower-abdominal-pain"], absent: [], gestationalWeek: 24 };
    expect(computeDifferential(CLINICAL, input).redFlags.map((hit) => hit.id)).toStrictEqual([
      "candidate:uterine-hypertonicity",
    ]);
    expect(computeDifferential(CLINICAL, input, { redFlagThreshold: 0.9 }).redFlags).toStrictEqual([]);
  });
});
