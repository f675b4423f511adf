import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { toPercentText } from "./dont-miss";
import { condition, knowledge, link, redFlag, testEvidence } from "./fixture-builders";
import type { DifferentialInput, DontMissEntry } from "./types";

/** Pelvic girdle pain is common; preterm labour and abruption are rarer emergencies. Test data. */
const LANE = knowledge({
  conditions: [
    condition("pelvic-girdle-pain", { name: "Pelvic girdle pain", prevalence: "very-common" }),
    condition("preterm-labour", {
      name: "Preterm labour",
      urgency: "emergency",
      prevalence: "uncommon",
      weekFrom: 20,
      weekTo: 36,
      ruleOut: {
        text: "Test data: a closed cervix and no regular contractions on monitoring.",
        diagnostics: ["ctg", "transvaginal-ultrasound"],
        findings: ["regular-increasing-contractions"],
        evidence: [testEvidence("rule-out of preterm labour", "test-guideline")],
      },
    }),
    condition("placental-abruption", {
      name: "Placental abruption",
      urgency: "emergency",
      prevalence: "rare",
      weekFrom: 20,
    }),
    condition("pyelonephritis", { name: "Pyelonephritis", urgency: "urgent", prior: 0.06 }),
    condition("silent-emergency", { urgency: "emergency", prevalence: "common" }),
  ],
  // Data rows, one case a line: alike in shape to the safety rows of fixtures.ts, as tables are; no logic
  // repeats.
  links: [
    link("pelvic-girdle-pain", "low-back-pain", "usually", "weak"),
    link("pelvic-girdle-pain", "sacral-pain", "often", "moderate"),
    link("preterm-labour", "low-back-pain", "sometimes", "weak"),
    link("preterm-labour", "regular-increasing-contractions", "usually", "strong"),
    link("placental-abruption", "low-back-pain", "sometimes", "weak"),
    link("placental-abruption", "bloody-discharge", "usually", "strong"),
    link("pyelonephritis", "fever", "usually", "moderate"),
    link("silent-emergency", "unrelated", "rarely"),
  ],
  names: { "regular-increasing-contractions": "Regular contractions", "ghost-condition": "Ghost" },
  redFlags: [
    redFlag("rf-contractions-before-term", ["regular-increasing-contractions"], [], {
      urgency: "emergency",
      weekFrom: 20,
      weekTo: 36,
      suggests: ["preterm-labour"],
      evidence: [testEvidence("contractions before term", "test-guideline")],
    }),
    redFlag("rf-ghost", ["ghost-finding"], [], { urgency: "emergency", suggests: ["ghost-condition"] }),
    redFlag("rf-soon", ["sacral-pain"], [], { urgency: "soon", suggests: ["pelvic-girdle-pain"] }),
  ],
});

const run = (present: string[], week = 32, options = {}) =>
  computeDifferential(
    LANE,
    { present, absent: [], gestationalWeek: week } satisfies DifferentialInput,
    options,
  );

const entry = (lane: DontMissEntry[], id: string) => lane.find((e) => e.conditionId === id);

describe("the don't-miss lane", () => {
  it("keeps preterm labour open by its rule at 32 weeks while pelvic girdle pain leads", () => {
    const result = run(["low-back-pain", "sacral-pain", "regular-increasing-contractions"]);
    expect(result.candidates[0]?.conditionId).toBe("pelvic-girdle-pain");
    const preterm = entry(result.dontMiss, "preterm-labour");
    expect(preterm).toMatchObject({ urgency: "emergency", rank: 2, conditionName: "Preterm labour" });
    expect(preterm?.reasons.map((r) => [r.kind, r.ruleId ?? r.threshold])).toStrictEqual([
      ["rule", "rf-contractions-before-term"],
      ["threshold", 0.02],
    ]);
    const [contractions] = preterm?.findings ?? [];
    expect(contractions).toMatchObject({
      findingId: "regular-increasing-contractions",
      findingName: "Regular contractions",
      ruleIds: ["rf-contractions-before-term"],
    });
    expect(contractions?.likelihoodRatio).toBeCloseTo(0.8 / 0.07, 12);
    expect(contractions?.evidence.map((e) => e.sourceId)).toStrictEqual(["test-textbook", "test-guideline"]);
    expect(preterm?.ruleOut?.diagnostics).toStrictEqual(["ctg", "transvaginal-ultrasound"]);
    expect(result.redFlags.map((f) => f.id)).toContain("rf-contractions-before-term");
  });

  it("keeps an emergency open by its probability when a present finding supports it", () => {
    const result = run(["bloody-discharge"]);
    const abruption = entry(result.dontMiss, "placental-abruption");
    expect(abruption?.reasons).toStrictEqual([
      {
        kind: "threshold",
        threshold: 0.02,
        message: `${toPercentText(abruption?.probability ?? 0)} likely, at or above the 2% threshold for an emergency`,
      },
    ]);
    expect(abruption?.findings.map((f) => f.findingId)).toStrictEqual(["bloody-discharge"]);
    expect(abruption?.ruleOut).toBeNull();
  });

  it("puts the threshold exactly at the boundary: at it is in, just above it is out", () => {
    const p = entry(run(["bloody-discharge"]).dontMiss, "placental-abruption")?.probability ?? 0;
    expect(
      entry(run(["bloody-discharge"], 32, { dontMissEmergencyThreshold: p }).dontMiss, "placental-abruption"),
    ).toBeDefined();
    const above = run(["bloody-discharge"], 32, { dontMissEmergencyThreshold: p + 1e-9 });
    expect(entry(above.dontMiss, "placental-abruption")).toBeUndefined();
  });

  it("uses the urgent threshold for urgent conditions", () => {
    const result = run(["fever"], 24);
    const pyelonephritis = entry(result.dontMiss, "pyelonephritis");
    expect(pyelonephritis?.urgency).toBe("urgent");
    expect(pyelonephritis?.reasons[0]?.threshold).toBe(0.05);
    const strict = run(["fever"], 24, { dontMissUrgentThreshold: 0.999 });
    expect(entry(strict.dontMiss, "pyelonephritis")?.reasons[0]?.threshold).toBe(0.2);
  });

  it("never keeps open a condition that no present finding supports, whatever its prior", () => {
    const result = run(["low-back-pain"]);
    const silent = result.candidates.find((c) => c.conditionId === "silent-emergency");
    expect(silent?.probability).toBeGreaterThan(0.02);
    expect(entry(result.dontMiss, "silent-emergency")).toBeUndefined();
    expect(result.redFlags.map((f) => f.id)).not.toContain("candidate:silent-emergency");
  });

  it("keeps a rule's condition open only inside the condition's own weeks", () => {
    const late = run(["regular-increasing-contractions"], 38);
    expect(late.redFlags.map((f) => f.id)).not.toContain("rf-contractions-before-term");
    const windowed = knowledge({
      ...LANE,
      redFlags: [
        redFlag("rf-any-week", ["regular-increasing-contractions"], [], {
          urgency: "emergency",
          suggests: ["preterm-labour"],
        }),
      ],
    });
    const at = (week: number) =>
      computeDifferential(windowed, {
        present: ["regular-increasing-contractions"],
        absent: [],
        gestationalWeek: week,
      });
    expect(entry(at(38).dontMiss, "preterm-labour")?.reasons.map((r) => r.kind) ?? []).not.toContain("rule");
    expect(entry(at(30).dontMiss, "preterm-labour")?.reasons.map((r) => r.kind)).toContain("rule");
    const noWeek = computeDifferential(windowed, {
      present: ["regular-increasing-contractions"],
      absent: [],
    });
    expect(entry(noWeek.dontMiss, "preterm-labour")?.reasons.map((r) => r.kind)).toContain("rule");
  });

  it("leaves routine conditions and soon-urgency rules out of the lane", () => {
    const result = run(["sacral-pain", "low-back-pain"]);
    expect(result.redFlags.map((f) => f.id)).toContain("rf-soon");
    expect(entry(result.dontMiss, "pelvic-girdle-pain")).toBeUndefined();
  });

  it("still lists a condition a fired rule names when the knowledge lacks it", () => {
    const ghost = entry(run(["ghost-finding"]).dontMiss, "ghost-condition");
    expect(ghost).toMatchObject({ conditionName: "Ghost", probability: 0, rank: null, urgency: "emergency" });
    expect(ghost?.findings.map((f) => [f.findingId, f.likelihoodRatio])).toStrictEqual([
      ["ghost-finding", null],
    ]);
  });

  it("orders the lane by urgency, then probability, then id", () => {
    const result = run(["regular-increasing-contractions", "fever"], 30);
    const lane = result.dontMiss.map((e) => [e.urgency, e.probability]);
    const sorted = [...lane].sort((a, b) =>
      a[0] === b[0] ? Number(b[1]) - Number(a[1]) : a[0] === "emergency" ? -1 : 1,
    );
    expect(lane).toStrictEqual(sorted);
    expect(result.dontMiss.map((e) => e.conditionId)).toContain("pyelonephritis");
  });

  it.each([
    { p: 0.024, text: "2.4%" },
    { p: 0.0004, text: "0%" },
    { p: 0.35, text: "35%" },
    { p: 0.1, text: "10%" },
  ])("writes $p as $text", ({ p, text }) => {
    expect(toPercentText(p)).toBe(text);
  });
});
