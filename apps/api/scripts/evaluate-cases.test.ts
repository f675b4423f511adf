import { join } from "node:path";
import { DEFAULT_GRAPH_DIR, type GraphStore, openCuratedStore } from "@bpx/graph-store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseFile, readCaseFile } from "./cases/case-file";
import { alarmLevel, type CaseOutcome, evaluateCases } from "./cases/evaluate";
import { type CaseSummary, overAlarmed, summarise } from "./cases/metrics";

// Only the development cases: the held-out file is measured by the lead, never by a test.
const DEVELOPMENT = join(DEFAULT_GRAPH_DIR, "cases", "development.yaml");

/** The emergencies issue 11 names; each must be the expected condition of a development case. */
const ISSUE_EMERGENCIES = [
  "placental-abruption",
  "placenta-praevia",
  "pprom",
  "chorioamnionitis",
  "pre-eclampsia",
  "hellp-syndrome",
  "ectopic-pregnancy",
  "cauda-equina-syndrome",
  "spinal-epidural-abscess",
  "appendicitis",
  "osteoporotic-vertebral-fracture",
  "aortic-dissection",
  "ovarian-torsion",
  "maternal-sepsis",
  "pyelonephritis",
  "preterm-labour",
  "threatened-miscarriage",
  "urolithiasis",
];

let store: GraphStore;
let file: CaseFile;
let outcomes: CaseOutcome[];
let summary: CaseSummary;

beforeAll(async () => {
  store = await openCuratedStore();
  file = await readCaseFile(DEVELOPMENT);
  outcomes = await evaluateCases(store, file.cases);
  summary = summarise(outcomes);
}, 120_000);
afterAll(() => store.close());

/** The ids of the cases failing `test`, so a failure names them. */
const failing = (test: (o: CaseOutcome) => boolean) => outcomes.filter((o) => !test(o)).map((o) => o.case.id);

describe("the development cases", () => {
  it("are at least 28, with at least 8 benign controls, covering every emergency of the issue", () => {
    expect(file.cases.length).toBeGreaterThanOrEqual(28);
    expect(file.cases.filter((c) => c.control).length).toBeGreaterThanOrEqual(8);
    const expected = new Set(file.cases.map((c) => c.expected));
    expect(ISSUE_EMERGENCIES.filter((id) => !expected.has(id))).toEqual([]);
    expect(file.cases.some((c) => c.week === null)).toBe(true);
  });

  it("use only ids the graph holds, each of the kind its field needs", () => {
    expect(outcomes.flatMap((o) => o.unknownIds.map((u) => `${o.case.id}: ${u.field} ${u.id}`))).toEqual([]);
    expect(summary.notRun).toBe(0);
  });
});

describe("alarms on the development cases (floors that must hold)", () => {
  it("raise an emergency alarm on every case that expects one", () => {
    expect(failing((o) => o.case.urgency !== "emergency" || o.alarm === "emergency")).toEqual([]);
  });

  it("raise at least the expected urgency on every urgent or emergency case", () => {
    const alarming = (o: CaseOutcome) => alarmLevel(o.case.urgency) >= alarmLevel("urgent");
    expect(failing((o) => !alarming(o) || alarmLevel(o.alarm) >= alarmLevel(o.case.urgency))).toEqual([]);
    expect(summary.redFlagRecall.total).toBeGreaterThanOrEqual(20);
  });

  it("raise no emergency alarm, red flag or don't-miss entry, on a benign control", () => {
    expect(failing((o) => !o.case.control || o.alarm !== "emergency")).toEqual([]);
  });
});

// TARGET floors, set a little below the first measurement after the calibrated engine of issue 11
// (commit 8188533: top-1 26/32, top-3 32/32, don't-miss 24/25, one control of nine over-alarmed
// at urgent: latent labour at 39 weeks, by the labour-onset candidate flag). They catch a
// regression without pinning today's answers; the aims are 100% recall and no false alarm.
const TOP1_FLOOR = 0.75;
const TOP3_FLOOR = 0.9;
const DONT_MISS_FLOOR = 0.95;
const MAX_OVER_ALARMED_CONTROLS = 1;

describe("ranking and the lane on the development cases (TARGET floors)", () => {
  it("keeps the expected don't-miss conditions in the lane", () => {
    const recall = summary.dontMissRecall;
    expect(recall, "the differential returns a dontMiss lane").not.toBeNull();
    const missed = outcomes.flatMap((o) => (o.dontMissMissed ?? []).map((id) => `${o.case.id}: ${id}`));
    expect((recall?.hit ?? 0) / (recall?.total ?? 1), missed.join("; ")).toBeGreaterThanOrEqual(
      DONT_MISS_FLOOR,
    );
  });

  it("puts the expected condition or an alternative in the top 3 often enough", () => {
    expect(summary.top3.hit / summary.top3.total).toBeGreaterThanOrEqual(TOP3_FLOOR);
  });

  it("puts it first often enough", () => {
    expect(summary.top1.hit / summary.top1.total).toBeGreaterThanOrEqual(TOP1_FLOOR);
  });

  it("over-alarms few benign controls (urgent or emergency above their expectation)", () => {
    const over = failing((o) => !o.case.control || !overAlarmed(o, o.alarm));
    expect(over.length, over.join(", ")).toBeLessThanOrEqual(MAX_OVER_ALARMED_CONTROLS);
  });
});
