import { describe, expect, it } from "vitest";
import { formatWeek, parseWeekInput } from "./week-input";
import readings from "./week-input.cases.json";

/** What a reader types in the week field, and the week and days it reads as: one case a row. */
const READINGS = readings as [text: string, week: number, days: number | null][];

describe("parseWeekInput", () => {
  it.each(READINGS)("reads %j as week %i, days %s", (text, week, days) => {
    expect(parseWeekInput(text)).toEqual({ kind: "age", week, days });
  });

  it("reads an empty field as no week", () => {
    expect(parseWeekInput("")).toEqual({ kind: "empty" });
    expect(parseWeekInput("   ")).toEqual({ kind: "empty" });
  });

  // The issue: the field showed 45 but used week 4. A week outside 1-42 is refused, never shortened.
  it.each([
    ["45", "Week 45 is outside 1–42: no week is used."],
    ["0", "Week 0 is outside 1–42: no week is used."],
    ["43", "Week 43 is outside 1–42: no week is used."],
    ["100", "Week 100 is outside 1–42: no week is used."],
    ["45+2", "Week 45 is outside 1–42: no week is used."],
    ["45/40", "Week 45 is outside 1–42: no week is used."],
    ["24+7", "24+7: days must be 0–6: no week is used."],
    ["24w9d", "24+9: days must be 0–6: no week is used."],
  ])("refuses %j with %j", (text, message) => {
    expect(parseWeekInput(text)).toEqual({ kind: "refused", message });
  });

  it.each([
    "24.5",
    "-3",
    "abc",
    "24+",
    "24/39",
    "24+3/39",
    "24 days",
    "twenty four",
    "24 24",
    "1000",
    `${"1".repeat(30)}`,
  ])("refuses %j as not a week form", (text) => {
    expect(parseWeekInput(text)).toEqual({
      kind: "refused",
      message: "Write the week as a number, e.g. 24, 24+3 or 24/40.",
    });
  });
});

describe("formatWeek", () => {
  it("writes the week, with days after a plus when known", () => {
    expect(formatWeek(null, null)).toBe("");
    expect(formatWeek(24, null)).toBe("24");
    expect(formatWeek(28, 2)).toBe("28+2");
    expect(formatWeek(28, 0)).toBe("28+0");
  });

  it("round-trips through the parser", () => {
    expect(parseWeekInput(formatWeek(28, 2))).toEqual({ kind: "age", week: 28, days: 2 });
  });
});
