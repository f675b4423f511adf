import {
  type DifferentialInput,
  type DifferentialResult,
  type FindingLink,
  type LazyDifferential,
  prepareDifferential,
  toDifferentialResult,
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

/** A differential whose costlier parts are computed when first asked for (`LazyDifferential`). */
export type LazyDifferentialRun = Omit<DifferentialRun, "result"> & { differential: LazyDifferential };

/**
 * One differential in two phases: rank on the candidates' links, then read tests, treatments and
 * safety for the leaders only (reading them for every candidate cost seconds on a large graph).
 * Both reads come from the store's in-memory knowledge snapshot (no query but a load-stamp check
 * at most once a second), and the engine ranks once (`prepareDifferential`). The don't-miss lane,
 * next findings, suggested tests and treatment safety are left to be computed when first asked
 * for (the GraphQL resolver asks only for what the query selects); `engineMs` is the ranking's.
 */
export async function startDifferential(
  store: Pick<GraphStore, "rankingKnowledge" | "followUpKnowledge">,
  input: DifferentialInput,
  names: Record<string, string> = {},
): Promise<LazyDifferentialRun> {
  const t0 = performance.now();
  const ranking = await store.rankingKnowledge([...input.present, ...input.absent]);
  const t1 = performance.now();
  const rankingNames = layNames(names, ranking.names);
  const prepared = prepareDifferential({ ...ranking, names: rankingNames }, input);
  const t2 = performance.now();
  const followUp = await store.followUpKnowledge(prepared.leaders.map((l) => l.conditionId));
  const t3 = performance.now();
  // The follow-up's names win over the ranking's, as a spread of the three would have it.
  const differential = prepared.finishLazy({
    ...followUp,
    names: Object.assign(rankingNames, followUp.names),
  });
  const t4 = performance.now();
  return {
    differential,
    fetchMs: t1 - t0 + (t3 - t2),
    engineMs: t2 - t1 + (t4 - t3),
    candidateCount: ranking.conditions.length,
    links: ranking.links,
  };
}

/** The differential with every part computed (`startDifferential`, then all of it). */
export async function runDifferential(
  store: Pick<GraphStore, "rankingKnowledge" | "followUpKnowledge">,
  input: DifferentialInput,
  names: Record<string, string> = {},
): Promise<DifferentialRun> {
  const { differential, ...run } = await startDifferential(store, input, names);
  const started = performance.now();
  const result = toDifferentialResult(differential);
  return { ...run, result, engineMs: run.engineMs + performance.now() - started };
}
