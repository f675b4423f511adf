import { SAFETY_LEVELS } from "@bpx/domain";
import { describe, expect, it } from "vitest";
import {
  compareSafety,
  isUnsafe,
  SAFETY_VISUALS,
  toSafetyPhrase,
  toSourceKindLabel,
  toWeekRange,
} from "./safety";

describe("safety visuals", () => {
  it("gives every level its own words, symbol and colour", () => {
    const visuals = SAFETY_LEVELS.map((level) => SAFETY_VISUALS[level]);
    for (const key of ["label", "symbol", "color"] as const) {
      expect(new Set(visuals.map((visual) => visual[key])).size).toBe(SAFETY_LEVELS.length);
    }
  });

  it("orders the most worrying levels first", () => {
    expect([...SAFETY_LEVELS].sort(compareSafety)).toEqual([
      "CONTRAINDICATED",
      "CONFLICTING",
      "AVOID",
      "CAUTION",
      "UNKNOWN",
      "ALLOWED",
    ]);
  });

  it.each([
    ["CONTRAINDICATED", true],
    ["AVOID", true],
    ["CONFLICTING", false],
    ["CAUTION", false],
  ] as const)("%s is unsafe: %s", (level, expected) => {
    expect(isUnsafe(level)).toBe(expected);
  });
});

describe("toSafetyPhrase", () => {
  it.each([
    ["ALLOWED", 24, "Allowed at week 24"],
    ["CONFLICTING", 24, "Conflicting at week 24: sources disagree"],
    ["AVOID", null, "Avoid in pregnancy"],
    ["UNKNOWN", 24, "Not rated by any source in the graph"],
  ] as const)("%s at %s", (level, week, phrase) => {
    expect(toSafetyPhrase(level, week)).toBe(phrase);
  });
});

describe("labels", () => {
  it("names source kinds in words", () => {
    expect(toSourceKindLabel("consumer-article")).toBe("Consumer article");
    expect(toSourceKindLabel("guideline")).toBe("Clinical guideline");
    expect(toSourceKindLabel("other")).toBe("other");
  });

  it.each([
    [1, 42, "whole pregnancy"],
    [20, 42, "from week 20"],
    [1, 19, "weeks 1–19"],
    [12, 12, "week 12"],
  ])("weeks %d-%d read %s", (weekFrom, weekTo, text) => {
    expect(toWeekRange({ weekFrom, weekTo })).toBe(text);
  });
});
