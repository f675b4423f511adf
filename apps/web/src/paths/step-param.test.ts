import { describe, expect, it } from "vitest";
import { parseStepParam, toPresenterMove, toStepSearch } from "./step-param";

describe("parseStepParam", () => {
  it.each([
    ["3", 5, 2],
    ["1", 5, 0],
    ["5", 5, 4],
    ["9", 5, 4],
    ["0", 5, 0],
    [" 2 ", 5, 1],
    ["-2", 5, 0],
    ["2.5", 5, 0],
    ["abc", 5, 0],
    ["", 5, 0],
    [null, 5, 0],
    [undefined, 5, 0],
    ["3", 0, 0],
  ])("%o of %i steps -> index %i", (value, count, expected) => {
    expect(parseStepParam(value, count)).toBe(expected);
  });
});

describe("toStepSearch", () => {
  it("writes the 1-based step and keeps other parameters", () => {
    expect(toStepSearch("", 2)).toBe("?step=3");
    expect(toStepSearch("?step=1&from=library", 0)).toBe("?step=1&from=library");
    expect(toStepSearch("?from=library&step=4", 1)).toBe("?from=library&step=2");
  });
});

describe("toPresenterMove", () => {
  it.each([
    ["ArrowRight", 1, 2],
    [" ", 1, 2],
    ["PageDown", 1, 2],
    ["ArrowLeft", 1, 0],
    ["PageUp", 1, 0],
    ["Home", 3, 0],
    ["End", 1, 4],
    ["ArrowRight", 4, null],
    ["ArrowLeft", 0, null],
    ["Home", 0, null],
    ["Enter", 1, null],
  ])("%o from %i", (key, index, expected) => {
    expect(toPresenterMove(key, index, 5)).toBe(expected);
  });
});
