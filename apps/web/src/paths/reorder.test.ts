import { describe, expect, it } from "vitest";
import { moveItem, toDropIndex, toKeyboardMove } from "./reorder";

describe("moveItem", () => {
  it.each([
    [0, 2, ["b", "c", "a", "d"]],
    [3, 0, ["d", "a", "b", "c"]],
    [1, 2, ["a", "c", "b", "d"]],
    [2, 2, ["a", "b", "c", "d"]],
    [-1, 2, ["a", "b", "c", "d"]],
    [1, 4, ["a", "b", "c", "d"]],
  ])("moves %i to %i", (from, to, expected) => {
    const items = ["a", "b", "c", "d"];
    expect(moveItem(items, from, to)).toEqual(expected);
    expect(items).toEqual(["a", "b", "c", "d"]);
  });
});

describe("toKeyboardMove", () => {
  it.each([
    [{ key: "ArrowUp", altKey: true }, 2, 1],
    [{ key: "ArrowDown", altKey: true }, 2, 3],
    [{ key: "Home", altKey: true }, 2, 0],
    [{ key: "End", altKey: true }, 2, 4],
    [{ key: "ArrowUp", altKey: true }, 0, null],
    [{ key: "ArrowDown", altKey: true }, 4, null],
    [{ key: "End", altKey: true }, 4, null],
    [{ key: "ArrowUp", altKey: false }, 2, null],
    [{ key: "a", altKey: true }, 2, null],
  ])("%o from %i", (event, index, expected) => {
    expect(toKeyboardMove(event, index, 5)).toBe(expected);
  });
});

describe("toDropIndex", () => {
  it.each([
    // from, over, lower half, expected
    [0, 2, false, 1],
    [0, 2, true, 2],
    [3, 1, false, 1],
    [3, 1, true, 2],
    [2, 2, true, 2],
    [2, 3, false, 2],
  ])("item %i dropped on %i (lower half %s)", (from, over, lower, expected) => {
    expect(toDropIndex(from, over, lower)).toBe(expected);
  });

  it("lands where moveItem expects", () => {
    const items = ["a", "b", "c", "d"];
    expect(moveItem(items, 0, toDropIndex(0, 2, true))).toEqual(["b", "c", "a", "d"]);
    expect(moveItem(items, 3, toDropIndex(3, 1, false))).toEqual(["a", "d", "b", "c"]);
  });
});
