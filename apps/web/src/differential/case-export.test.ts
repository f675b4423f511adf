import { describe, expect, it } from "vitest";
import { differential } from "../test/case-fixtures";
import { toCaseExport, toExportName } from "./case-export";
import { EMPTY_CASE } from "./case-state";

const at = new Date("2026-01-31T10:00:00Z");
const state = { ...EMPTY_CASE, present: ["fever"], absent: ["nausea"], week: 24, node: "pyelonephritis" };

describe("toCaseExport", () => {
  const exported = toCaseExport({
    state,
    names: { fever: "Fever" },
    differential,
    url: "http://x/?present=fever",
    exportedAt: at,
  });

  it("records the case, the view and where to reopen it", () => {
    expect(exported).toMatchObject({
      format: "bpx-case/1",
      exportedAt: "2026-01-31T10:00:00.000Z",
      url: "http://x/?present=fever",
      case: {
        gestationalWeek: 24,
        trimester: 2,
        present: [{ id: "fever", name: "Fever" }],
        absent: [{ id: "nausea", name: "nausea" }],
      },
      view: { selectedNode: "pyelonephritis", layout: "layered", expanded: [], hiddenKinds: [] },
    });
    expect(exported.disclaimer).toMatch(/not a diagnosis/);
  });

  it("keeps the ranking with the numbers behind it", () => {
    expect(exported.differential?.candidates[0]).toMatchObject({
      rank: 1,
      id: "pyelonephritis",
      probability: 0.95,
      supporting: [{ finding: "fever", likelihoodRatio: 11.4 }],
    });
    expect(exported.differential?.treatments[0]).toMatchObject({
      id: "fluoroquinolones",
      safety: "CONTRAINDICATED",
      conflict: true,
    });
  });

  it("keeps the don't-miss lane with why each cause is kept open and what would rule it out", () => {
    expect(exported.differential?.dontMiss).toEqual([
      {
        id: "pyelonephritis",
        name: "Pyelonephritis",
        urgency: "urgent",
        probability: 0.95,
        rank: 1,
        keptOpenBy: ["Fever with kidney signs.", "95% likely, at or above the 5% threshold"],
        findings: [{ finding: "fever", likelihoodRatio: 11.4 }],
        ruleOut: {
          text: "Test data: a clear urine culture.",
          tests: ["urine-culture"],
          findings: ["leukocyturia"],
        },
      },
    ]);
  });

  it("survives a JSON round trip and has no differential before one is computed", () => {
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    const empty = toCaseExport({
      state: EMPTY_CASE,
      names: {},
      differential: null,
      url: "u",
      exportedAt: at,
    });
    expect(empty.differential).toBeNull();
  });
});

describe("toExportName", () => {
  it("names the file by week and date", () => {
    expect(toExportName({ week: 24 }, "png", at)).toBe("case-week-24-2026-01-31.png");
    expect(toExportName({ week: null }, "json", at)).toBe("case-2026-01-31.json");
  });
});
