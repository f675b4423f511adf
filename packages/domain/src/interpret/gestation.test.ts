import { describe, expect, it } from "vitest";
import { readGestationalAge } from "./gestation";
import { toWords } from "./terms";
import { tokenize } from "./tokenize";

const read = (text: string) => {
  const { age, warnings } = readGestationalAge(toWords(tokenize(text)));
  return {
    week: age?.week ?? null,
    days: age?.days ?? null,
    span: age ? text.slice(age.start, age.end) : null,
    refused: age?.error != null,
    warnings: warnings.length,
  };
};

describe("readGestationalAge", () => {
  // Data rows, one case a line: alike in shape to each other, as tables are; no logic repeats.
  it.each([
    ["24 weeks", 24, null, "24 weeks"],
    ["24 weeks pregnant", 24, null, "24 weeks"],
    ["24/40", 24, null, "24/40"],
    ["24+3", 24, 3, "24+3"],
    ["24 + 3", 24, 3, "24 + 3"],
    ["24+3/40", 24, 3, "24+3/40"],
    ["24w3d", 24, 3, "24w3d"],
    ["GA 38w2d", 38, 2, "GA 38w2d"],
    ["24w", 24, null, "24w"],
    ["24 wks", 24, null, "24 wks"],
    ["GA 24", 24, null, "GA 24"],
    ["GA: 24+3", 24, 3, "GA: 24+3"],
    ["gestational age 30 weeks", 30, null, "gestational age 30 weeks"],
    ["at 24 weeks' gestation", 24, null, "24 weeks"],
    ["G2P1 at 24 weeks", 24, null, "24 weeks"],
    ["G1P0 24/40", 24, null, "24/40"],
    ["week 24", 24, null, "week 24"],
    ["in the 24th week", 24, null, "24th week"],
    ["24 weeks and 3 days", 24, 3, "24 weeks and 3 days"],
    ["twenty-four weeks pregnant", 24, null, "twenty-four weeks"],
    ["POG 28 weeks", 28, null, "POG 28 weeks"],
    ["24 yo at 32 weeks", 32, null, "32 weeks"],
    ["back pain for the last 2 weeks, 30 weeks pregnant", 30, null, "30 weeks"],
  ] as const)("%j -> week %s, days %s", (text, week, days, span) => {
    expect(read(text)).toMatchObject({ week, days, span, refused: false });
  });

  it.each([
    "back pain for 3 weeks",
    "pain since 2 weeks",
    "started 3 weeks ago",
    "G2P1",
    "BP 140/90",
    "temperature 38.5",
    "for 24 hours",
    "24 year old",
    "2+ protein",
  ])("%j names no gestational age", (text) => {
    expect(read(text)).toMatchObject({ week: null, span: null, refused: false });
  });

  it.each([
    ["45 weeks", "45 weeks"],
    ["0 weeks pregnant", "0 weeks"],
    ["24+9", "24+9"],
    ["50/40", "50/40"],
    ["GA 43", "GA 43"],
  ])("%j is refused with a message, never replaced by a guess", (text, span) => {
    const { age, warnings } = readGestationalAge(toWords(tokenize(text)));
    expect(age).toMatchObject({ week: null, days: null });
    expect(text.slice(age?.start ?? 0, age?.end ?? 0)).toBe(span);
    expect(age?.error).toMatch(/no gestational week was taken/);
    expect(warnings).toEqual([age?.error]);
  });

  it("takes the clearest form over a bare one, and warns when two disagree", () => {
    expect(read("28 weeks ... 24+3")).toMatchObject({ week: 24, days: 3 });
    expect(read("24+3, then 26+1").warnings).toBe(1);
  });
});
