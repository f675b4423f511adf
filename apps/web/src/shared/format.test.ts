import { describe, expect, it } from "vitest";
import { itReads } from "../test/it-reads";
import { toBits, toFallbackName, toPercent, toRatio, toSignedWeight, toTrimesterLabel } from "./format";

describe("number formats", () => {
  // Data rows, one case a line: alike in shape to each other, as tables are; no logic repeats.
  it.each(
    (
      [
        [toPercent, 0.954, "95%"],
        [toPercent, 0.019, "1.9%"],
        [toPercent, 0.05, "5%"],
        [toPercent, 0.0004, "<0.1%"],
        [toPercent, 0, "0%"],
        [toPercent, 1, "100%"],
        [toRatio, 11.43, "×11"],
        [toRatio, 2, "×2"],
        [toRatio, 2.46, "×2.5"],
        [toRatio, 0.25, "×0.25"],
        [toRatio, 0.0714, "×0.071"],
        // Weights are signed with a true minus.
        [toSignedWeight, 2.436, "+2.44"],
        [toSignedWeight, -1.2, "−1.20"],
        [toTrimesterLabel, 1, "1st trimester"],
        [toTrimesterLabel, 2, "2nd trimester"],
        [toTrimesterLabel, 3, "3rd trimester"],
        [toBits, 0.0965, "0.10 bits"],
      ] as const
    ).map(([format, value, text]) => ({ name: format.name, format, value, text })),
  )("$name($value) = $text", ({ format, value, text }) => {
    expect(format(value)).toBe(text);
  });
});

describe("toFallbackName", () => {
  itReads(toFallbackName, [
    ["loin-pain", "Loin pain"],
    ["urinary_tract_infection", "Urinary tract infection"],
    ["--", "Unnamed node"],
  ]);
});
