import { describe, expect, it } from "vitest";
import { parseStepParam, toPresenterMove, toStepSearch } from "./step-param";

describe("parseStepParam", () => {
  it.each([
    ["3", 2],
    ["1", 0],
    ["5", 4],
    ["9", 4],
    ["0", 0],
    [" 2 ", 1],
    ["-2", 0],
    ["2.5", 0],
    ["abc", 0],
    ["", 0],
    [null, 0],
    [undefined, 0],
  ])("%o of 5 steps -> index %i", (value, expected) => {
    expect(parseStepParam(value, 5)).toBe(expected);
  });

  it("is the first index when there are no steps", () => {
    expect(parseStepParam("3", 0)).toBe(0);
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
