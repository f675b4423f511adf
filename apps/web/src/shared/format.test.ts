import { describe, expect, it } from "vitest";
import { itReads } from "../test/it-reads";
import { toBits, toFallbackName, toPercent, toRatio, toSignedWeight, toTrimesterLabel } from "./format";

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
