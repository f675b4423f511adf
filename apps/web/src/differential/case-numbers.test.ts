import { describe, expect, it } from "vitest";
import { toProbabilityBand, toProbabilityText } from "./case-numbers";

describe("toProbabilityBand", () => {
  it.each([
    [0.98, "very likely"],
    [0.9, "very likely"],
    [0.89, "likely"],
    [0.6, "likely"],
    [0.41, "possible"],
    [0.12, "less likely"],
    [0.05, "unlikely"],
    [0.019, "remote"],
    [0, "remote"],
  ])("%s is %s", (probability, label) => {
    expect(toProbabilityBand(probability).label).toBe(label);
  });

  it("prints the number with its band and says when it was held at the ceiling", () => {
    expect(toProbabilityText(0.9, true)).toBe("90% · very likely, held at the 90% ceiling");
    expect(toProbabilityText(0.41)).toBe("41% · possible");
  });
});
