import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeDifferential } from "./compute-differential";
import { CLINICAL } from "./fixtures";
import type { DifferentialResult } from "./types";

/** The package README, whose worked example must match what the engine computes. */
const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
/** The example's text with line breaks and table padding collapsed to single spaces. */
const example = README.slice(README.indexOf("## Worked example"), README.indexOf("## Determinism")).replace(
  /\s+/g,
  " ",
);

const run = (present: string[], absent: string[]): DifferentialResult =>
  computeDifferential(CLINICAL, { present, absent, gestationalWeek: 24 });

const bold = (p: number) => `**${p.toFixed(6)}**`;
const probability = (result: DifferentialResult, id: string) =>
  result.candidates.find((c) => c.conditionId === id)?.probability ?? Number.NaN;

describe("the README's worked example", () => {
  const result = run(["fever", "dysuria", "unilateral-pain"], []);
  const noFever = run(["dysuria", "unilateral-pain"], ["fever"]);

  it("prints the probabilities the engine computes", () => {
    for (const id of ["pyelonephritis", "uterine-hypertonicity", "osteochondrosis"]) {
      expect(example).toContain(`${id} | ${bold(probability(result, id))}`);
      expect(example).toContain(bold(probability(noFever, id)));
    }
    expect(example).toContain(bold(result.otherProbability));
    expect(example).toContain(bold(noFever.otherProbability));
    expect(result.candidates[0]?.capped).toBe(true);
    expect(noFever.candidates[0]?.capped).toBe(false);
  });

  it("names the red flags, the lane and the next findings it computes", () => {
    for (const flag of result.redFlags) expect(example).toContain(`\`${flag.id}\``);
    expect(example).toContain(`"${result.redFlags.find((f) => f.trigger === "candidate")?.message}"`);
    for (const entry of result.dontMiss) {
      expect(example).toContain(`${entry.conditionId} (${entry.urgency})`);
      for (const reason of entry.reasons.filter((r) => r.kind === "threshold")) {
        expect(example).toContain(`"${reason.message}"`);
      }
    }
    for (const next of result.nextFindings) {
      expect(example).toContain(`(${next.expectedInformationGain.toFixed(4)} bits)`);
    }
  });
});
