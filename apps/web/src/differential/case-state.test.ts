import { describe, expect, it } from "vitest";
import {
  type CaseState,
  clearCase,
  EMPTY_CASE,
  flipFinding,
  MAX_FINDINGS,
  readCaseState,
  toCaseSearch,
  toGraphView,
  withExpanded,
  withFinding,
  withGraphView,
  withKindHidden,
  withoutFinding,
} from "./case-state";

const vignette: CaseState = {
  ...EMPTY_CASE,
  present: ["fever", "dysuria", "unilateral-pain"],
  week: 24,
  node: "pyelonephritis",
};

describe("readCaseState", () => {
  it("reads an empty URL as an empty case", () => {
    expect(readCaseState(new URLSearchParams(""))).toEqual(EMPTY_CASE);
  });

  it("reads every part of a case", () => {
    const params = new URLSearchParams(
      "?present=fever,dysuria&absent=nausea&week=24&node=urinalysis&layout=force&expand=radiography&hide=SOURCE,BOGUS&view=table&pin=pyelonephritis&omit=mri,bad%20id&fold=fever",
    );
    expect(readCaseState(params)).toEqual({
      present: ["fever", "dysuria"],
      absent: ["nausea"],
      week: 24,
      days: null,
      node: "urinalysis",
      layout: "force",
      expand: ["radiography"],
      hide: ["SOURCE"],
      view: "table",
      pin: ["pyelonephritis"],
      omit: ["mri"],
      fold: ["fever"],
    });
  });

  it.each([
    ["?week=0", null],
    ["?week=43", null],
    ["?week=24.5", null],
    ["?week=abc", null],
    ["?week=1", 1],
    ["?week=42", 42],
  ])("reads %s as week %s", (search, week) => {
    expect(readCaseState(new URLSearchParams(search)).week).toBe(week);
  });

  it.each([
    ["?week=28&days=2", 2],
    ["?week=28&days=0", 0],
    ["?week=28&days=6", 6],
    ["?week=28&days=7", null],
    ["?week=28&days=1.5", null],
    ["?week=28&days=", null],
    ["?days=2", null],
    ["?week=45&days=2", null],
  ])("reads %s as days %s (days only past a valid week)", (search, days) => {
    expect(readCaseState(new URLSearchParams(search)).days).toBe(days);
  });

  it("drops malformed ids, duplicates and findings entered both ways (present wins)", () => {
    const state = readCaseState(
      new URLSearchParams("?present=fever,,fever,<x>&absent=fever,nausea&layout=grid"),
    );
    expect(state).toMatchObject({ present: ["fever"], absent: ["nausea"], layout: "layered" });
  });

  it("caps the findings at the API's limit", () => {
    const many = Array.from({ length: 120 }, (_, index) => `f${index}`).join(",");
    const state = readCaseState(new URLSearchParams(`?present=${many}&absent=x`));
    expect(state.present.length + state.absent.length).toBe(MAX_FINDINGS);
  });
});

describe("toCaseSearch", () => {
  it("writes a short, readable query and leaves defaults out", () => {
    expect(toCaseSearch(vignette)).toBe("?present=fever,dysuria,unilateral-pain&week=24&node=pyelonephritis");
    expect(toCaseSearch(EMPTY_CASE)).toBe("");
  });

  it("writes days after the week, and never without one", () => {
    expect(toCaseSearch({ ...EMPTY_CASE, present: ["fever"], week: 28, days: 2 })).toBe(
      "?present=fever&week=28&days=2",
    );
    expect(toCaseSearch({ ...EMPTY_CASE, present: ["fever"], week: null, days: 2 })).toBe("?present=fever");
  });

  it("round-trips through readCaseState", () => {
    const state: CaseState = {
      ...vignette,
      absent: ["nausea"],
      days: 3,
      layout: "force",
      expand: ["mri"],
      hide: ["SOURCE"],
      view: "table",
      pin: ["pyelonephritis"],
      omit: ["mri", "radiography"],
      fold: ["fever"],
    };
    const search = toCaseSearch(state);
    expect(search).toContain("&pin=pyelonephritis&omit=mri,radiography&fold=fever");
    expect(readCaseState(new URLSearchParams(search))).toEqual(state);
  });
});

describe("case edits", () => {
  it("adds a finding present or absent, moving it when entered the other way", () => {
    expect(withFinding(vignette, "nausea", false).absent).toEqual(["nausea"]);
    const moved = withFinding(vignette, "fever", false);
    expect(moved).toMatchObject({ present: ["dysuria", "unilateral-pain"], absent: ["fever"] });
  });

  it("flips a finding both ways and ignores one not entered", () => {
    const flipped = flipFinding(vignette, "fever");
    expect(flipped).toMatchObject({ present: ["dysuria", "unilateral-pain"], absent: ["fever"] });
    expect(flipFinding(flipped, "fever").present).toEqual(["dysuria", "unilateral-pain", "fever"]);
    expect(flipFinding(vignette, "nausea")).toBe(vignette);
  });

  it("removes a finding", () => {
    expect(withoutFinding(vignette, "dysuria").present).toEqual(["fever", "unilateral-pain"]);
  });

  it("clears the case but keeps how the reader likes to see it", () => {
    const state: CaseState = { ...vignette, layout: "force", hide: ["SOURCE"], expand: ["mri"] };
    expect(clearCase(state)).toEqual({ ...EMPTY_CASE, layout: "force", hide: ["SOURCE"] });
  });

  it("expands a node once and selects it", () => {
    const expanded = withExpanded(vignette, "mri");
    expect(expanded).toMatchObject({ expand: ["mri"], node: "mri" });
    expect(withExpanded(expanded, "mri")).toBe(expanded);
  });

  it("reads and writes the graph's pins, hidden and collapsed nodes as a view", () => {
    const state: CaseState = { ...vignette, pin: ["a"], omit: ["b"], fold: ["c"] };
    expect(toGraphView(state)).toEqual({ pinned: ["a"], hidden: ["b"], collapsed: ["c"] });
    const next = withGraphView(state, { pinned: [], hidden: ["b", "d"], collapsed: ["c"] });
    expect(next).toMatchObject({ pin: [], omit: ["b", "d"], fold: ["c"], present: vignette.present });
    expect(clearCase(next)).toMatchObject({ pin: [], omit: [], fold: [] });
  });

  it("hides and shows kinds", () => {
    const hidden = withKindHidden(vignette, "DRUG", true);
    expect(hidden.hide).toEqual(["DRUG"]);
    expect(withKindHidden(hidden, "DRUG", false).hide).toEqual([]);
  });
});
