import { describe, expect, it } from "vitest";
import { itReads } from "../test/it-reads";
import {
  compareText,
  toBits,
  toCount,
  toFallbackName,
  toPercent,
  toRatio,
  toSignedWeight,
  toTrimesterLabel,
} from "./format";

describe("number formats", () => {
  itReads(toPercent, [
    [0.954, "95%"],
    [0.019, "1.9%"],
    [0.05, "5%"],
    [0.0004, "<0.1%"],
    [0, "0%"],
    [1, "100%"],
  ]);

  itReads(toRatio, [
    [11.43, "×11"],
    [2, "×2"],
    [2.46, "×2.5"],
    [0.25, "×0.25"],
    [0.0714, "×0.071"],
  ]);

  it("signs weights with a true minus", () => {
    expect(toSignedWeight(2.436)).toBe("+2.44");
    expect(toSignedWeight(-1.2)).toBe("−1.20");
  });

  it("names trimesters and bits", () => {
    expect([1, 2, 3].map(toTrimesterLabel)).toEqual(["1st trimester", "2nd trimester", "3rd trimester"]);
    expect(toBits(0.0965)).toBe("0.10 bits");
  });
});

describe("toFallbackName", () => {
  itReads(toFallbackName, [
    ["loin-pain", "Loin pain"],
    ["urinary_tract_infection", "Urinary tract infection"],
    ["--", "Unnamed node"],
  ]);
});

describe("toCount", () => {
  itReads(toCount, [
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [12000, "12,000"],
    [1234567, "1,234,567"],
    [-4500, "-4,500"],
  ]);

  it("reads as English number formatting does", () => {
    for (const value of [0, 7, 20, 999, 1000, 4000, 10000, 65535, 100000, 999999, 1000000, 123456789])
      expect(toCount(value)).toBe(value.toLocaleString("en"));
  });
});

describe("compareText", () => {
  it("orders names alphabetically whatever their case", () => {
    const names = [
      "paracetamol",
      "Ibuprofen",
      "amoxicillin",
      "MRI of the lumbar spine",
      "Acetaminophen",
      "ibuprofen",
    ];
    expect([...names].sort(compareText)).toEqual([
      "Acetaminophen",
      "amoxicillin",
      "Ibuprofen",
      "ibuprofen",
      "MRI of the lumbar spine",
      "paracetamol",
    ]);
  });

  it("is a total order: equal only for the same string, antisymmetric", () => {
    const words = ["a", "A", "b", "B", "ab", "Ab", "", "a b", "a-b"];
    for (const x of words)
      for (const y of words) {
        expect(Math.sign(compareText(x, y)) + Math.sign(compareText(y, x))).toBe(0);
        expect(compareText(x, y) === 0).toBe(x === y);
      }
  });
});
