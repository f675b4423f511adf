import {
  type DifferentialInput,
  type DifferentialResult,
  type FindingLink,
  prepareDifferential,
} from "@bpx/domain";
import type { GraphStore } from "@bpx/graph-store";

export interface DifferentialRun {
  result: DifferentialResult;
  /** Milliseconds in the store's reads and in the pure engine, for benchmarks and logs. */
  fetchMs: number;
  engineMs: number;
  /** Conditions linked to the entered findings, all of them scored. */
  candidateCount: number;
  /** Every link of the scored conditions, for what would raise each one (Candidate.raisers). */
  links: FindingLink[];
}

/**
 * `names` with `more` laid over it, as `{ ...names, ...more }` would be, written into `more` (a
 * fresh object of the snapshot's, hundreds of entries) instead of copying it: spreading the
 * ranking's names twice per request cost more than ranking the candidates.
 */
function layNames(names: Record<string, string>, more: Record<string, string>): Record<string, string> {
  for (const id of Object.keys(names)) if (!Object.hasOwn(more, id)) more[id] = names[id] as string;
  return more;
}

/**
 * One differential in two phases: rank on the candidates' links, then read tests, treatments and
 * safety for the leaders only (reading them for every candidate cost seconds on a large graph).
 * Both reads come from the store's in-memory knowledge snapshot (no query but a load-stamp check
 * at most once a second), and the engine ranks once (`prepareDifferential`), then adds the
 * leaders' tests and treatments.
 */
export async function runDifferential(
  store: Pick<GraphStore, "rankingKnowledge" | "followUpKnowledge">,
  input: DifferentialInput,
  names: Record<string, string> = {},
): Promise<DifferentialRun> {
  const t0 = performance.now();
  const ranking = await store.rankingKnowledge([...input.present, ...input.absent]);
  const t1 = performance.now();
  const rankingNames = layNames(names, ranking.names);
  const prepared = prepareDifferential({ ...ranking, names: rankingNames }, input);
  const t2 = performance.now();
  const followUp = await store.followUpKnowledge(prepared.leaders.map((l) => l.conditionId));
  const t3 = performance.now();
  // The follow-up's names win over the ranking's, as a spread of the three would have it.
  const result = prepared.finish({ ...followUp, names: Object.assign(rankingNames, followUp.names) });
  const t4 = performance.now();
  return {
    result,
    fetchMs: t1 - t0 + (t3 - t2),
    engineMs: t2 - t1 + (t4 - t3),
    candidateCount: ranking.conditions.length,
    links: ranking.links,
  };
}
