import { describe, expect, it } from "vitest";
import { isWithinWeeks } from "./compare";
import { computeDifferential, prepareDifferential, toDifferentialResult } from "./compute-differential";
import { createRandomCase, permuteCase } from "./random-knowledge";
import { createRandom } from "./seeded-random";
import type { DifferentialResult } from "./types";

const RUNS = 300;
/** Every candidate, and the Bayesian core without the display ceiling (which reshapes the tail). */
const ALL = { maxCandidates: 1000, probabilityCeiling: 1 };

function oddsVersusOther(result: DifferentialResult, conditionId: string): number {
  const candidate = result.candidates.find((c) => c.conditionId === conditionId);
  if (candidate === undefined) throw new Error(`no candidate ${conditionId}`);
  return candidate.probability / result.otherProbability;
}

describe("engine properties (seeded, reproducible)", () => {
  it("adding a present finding linked with frequency >= often never lowers that condition against other", () => {
    const random = createRandom(20240601);
    let checked = 0;
    for (let run = 0; run < RUNS; run++) {
      const { knowledge, input } = createRandomCase(random);
      const entered = new Set([...input.present, ...input.absent]);
      const eligible = knowledge.links.filter(
        (l) =>
          ["always", "usually", "often"].includes(l.frequency) &&
          !entered.has(l.findingId) &&
          isWithinWeeks(input.gestationalWeek, l.weekFrom, l.weekTo),
      );
      if (eligible.length === 0) continue;
      const chosen = random.pick(eligible);
      const before = oddsVersusOther(computeDifferential(knowledge, input, ALL), chosen.conditionId);
      const after = computeDifferential(
        knowledge,
        { ...input, present: [...input.present, chosen.findingId] },
        ALL,
      );
      expect(oddsVersusOther(after, chosen.conditionId)).toBeGreaterThan(before);
      checked++;
    }
    expect(checked).toBeGreaterThan(RUNS / 2);
  });

  it("ignores the order of every input and knowledge array", () => {
    const random = createRandom(7);
    for (let run = 0; run < RUNS; run++) {
      const original = createRandomCase(random);
      const permuted = permuteCase(random, original);
      expect(computeDifferential(permuted.knowledge, permuted.input)).toStrictEqual(
        computeDifferential(original.knowledge, original.input),
      );
    }
  });

  it("keeps every probability in [0, 1] and candidates + omitted + other = 1", () => {
    const random = createRandom(99);
    for (let run = 0; run < RUNS; run++) {
      const { knowledge, input } = createRandomCase(random);
      const result = computeDifferential(knowledge, input, { maxCandidates: 1 + random.int(6) });
      const probabilities = [...result.candidates.map((c) => c.probability), result.otherProbability];
      for (const p of probabilities) expect(p >= 0 && p <= 1).toBe(true);
      const shown = result.candidates.reduce((sum, c) => sum + c.probability, 0);
      expect(shown + result.otherProbability).toBeLessThanOrEqual(1 + 1e-9);
      expect(shown + (result.omittedProbability ?? 0) + result.otherProbability).toBeCloseTo(1, 9);
      const full = computeDifferential(knowledge, input, ALL);
      const sum = full.candidates.reduce((total, c) => total + c.probability, 0) + full.otherProbability;
      expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    }
  });

  it("ranks candidates by probability then id, from 1", () => {
    const random = createRandom(3);
    for (let run = 0; run < RUNS; run++) {
      const { knowledge, input } = createRandomCase(random);
      const { candidates } = computeDifferential(knowledge, input, ALL);
      candidates.forEach((candidate, i) => {
        expect(candidate.rank).toBe(i + 1);
        const next = candidates[i + 1];
        if (next === undefined) return;
        const ordered =
          candidate.probability > next.probability ||
          (candidate.probability === next.probability && candidate.conditionId < next.conditionId);
        expect(ordered).toBe(true);
      });
    }
  });

  it("keeps every candidate alarm, and every in-window condition of an urgent or emergency rule, in the lane", () => {
    const random = createRandom(11);
    let alarms = 0;
    for (let run = 0; run < RUNS; run++) {
      const { knowledge, input } = createRandomCase(random);
      const result = computeDifferential(knowledge, input, { maxCandidates: 1 });
      const lane = new Map(result.dontMiss.map((entry) => [entry.conditionId, entry]));
      const outOfWindow = (id: string) => {
        const fact = knowledge.conditions.find((c) => c.id === id);
        return fact !== undefined && !isWithinWeeks(input.gestationalWeek, fact.weekFrom, fact.weekTo);
      };
      for (const flag of result.redFlags) {
        if (flag.urgency !== "urgent" && flag.urgency !== "emergency") continue;
        for (const id of flag.conditionIds) {
          if (flag.trigger === "rule" && outOfWindow(id)) continue;
          expect(lane.has(id), `${flag.id} -> ${id}`).toBe(true);
          expect(["urgent", "emergency"]).toContain(lane.get(id)?.urgency);
          alarms++;
        }
      }
    }
    expect(alarms).toBeGreaterThan(RUNS / 10);
  });

  it("shows fewer candidates without changing anything else, though the others' contributions wait to be read", () => {
    const random = createRandom(5);
    let alarms = 0;
    for (let run = 0; run < RUNS; run++) {
      const { knowledge, input } = createRandomCase(random);
      const options = { maxCandidates: 1 + random.int(3), redFlagThreshold: 0.05 };
      const { candidates, omittedProbability, ...rest } = computeDifferential(knowledge, input, options);
      const all = computeDifferential(knowledge, input, { ...options, maxCandidates: 1000 });
      expect(JSON.stringify(candidates)).toBe(JSON.stringify(all.candidates.slice(0, candidates.length)));
      const { candidates: _all, omittedProbability: _none, ...allRest } = all;
      expect(JSON.stringify(rest)).toBe(JSON.stringify(allRest));
      alarms += rest.redFlags.filter((flag) => flag.trigger === "candidate").length;
    }
    expect(alarms).toBeGreaterThan(RUNS / 10);
  });

  it("gives the same parts lazily, whatever order they are asked in, each computed once", () => {
    const random = createRandom(8);
    for (let run = 0; run < RUNS / 3; run++) {
      const { knowledge, input } = createRandomCase(random);
      const lazy = prepareDifferential(knowledge, input).finishLazy(knowledge);
      const late = [
        lazy.treatmentSafety(),
        lazy.suggestedDiagnostics(),
        lazy.nextFindings(),
        lazy.dontMiss(),
      ];
      expect(lazy.dontMiss()).toBe(late[3]);
      expect(JSON.stringify(toDifferentialResult(lazy))).toBe(
        JSON.stringify(computeDifferential(knowledge, input)),
      );
    }
  });

  it("is deterministic: two runs give identical results", () => {
    const random = createRandom(42);
    for (let run = 0; run < RUNS / 3; run++) {
      const { knowledge, input } = createRandomCase(random);
      const first = computeDifferential(knowledge, input);
      expect(JSON.stringify(computeDifferential(knowledge, input))).toBe(JSON.stringify(first));
    }
  });
});
