import { describe, expect, it } from "vitest";
import { readGestationalAge } from "./gestation";
import ages from "./gestation.cases.json";
import { toWords } from "./terms";
import { tokenize } from "./tokenize";

/** A note, the week and days read from it, and the words the age was read from: one case a row. */
const AGES = ages as [text: string, week: number, days: number | null, span: string][];

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
  it.each(AGES)("%j -> week %s, days %s", (text, week, days, span) => {
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
