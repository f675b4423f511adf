import { describe, expect, it } from "vitest";
import { toMatchedAlias, toSearchText } from "./search";

describe("toSearchText", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["  fever ", "fever"],
    ["x".repeat(250), "x".repeat(200)],
  ])("turns %j into %j", (input, expected) => {
    expect(toSearchText(input)).toBe(expected);
  });
});

describe("toMatchedAlias", () => {
  const node = { name: "Pyelonephritis", aliases: ["kidney infection", "upper UTI"] };

  it.each([
    ["pyelo", null],
    ["KIDNEY", "kidney infection"],
    ["uti", "upper UTI"],
    ["zzz", null],
    ["  ", null],
  ])("for %j gives %j", (text, expected) => {
    expect(toMatchedAlias(node, text)).toBe(expected);
  });
});
