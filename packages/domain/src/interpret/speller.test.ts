import { describe, expect, it } from "vitest";
import { createSpeller, editDistance, maxEdits } from "./speller";

describe("editDistance (optimal string alignment)", () => {
  it.each([
    ["pain", "pain", 0],
    ["pian", "pain", 1],
    ["dysuira", "dysuria", 1],
    ["vomitting", "vomiting", 1],
    ["hydronefrosis", "hydronephrosis", 2],
    ["feaver", "fever", 1],
  ])("%s / %s = %i", (a, b, d) => expect(editDistance(a, b, 3)).toBe(d));

  it("gives up past the bound", () => expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3));
});

describe("maxEdits scales with the word's length", () => {
  it.each([
    ["uti", 0],
    ["pain", 1],
    ["vomitin", 1],
    ["vomiting", 2],
  ])("%s -> %i", (w, n) => expect(maxEdits(w)).toBe(n));
});

describe("createSpeller", () => {
  const speller = createSpeller(
    new Map([
      ["pain", 5],
      ["vomiting", 1],
      ["fever", 2],
      ["faint", 1],
      ["lower", 2],
      ["low", 3],
    ]),
  );
  it.each([
    ["pian", "pain"],
    ["vommiting", "vomiting"],
    ["feaver", "fever"],
    ["fever", null],
    ["pan", null],
    ["lowr", "low"],
    ["zzzzzz", null],
  ])("%s -> %s", (typo, word) => expect(speller.correct(typo)).toBe(word));

  it("ignores words longer than any medical word", () =>
    expect(speller.correct(`${"a".repeat(40)}pain`)).toBeNull());
});
