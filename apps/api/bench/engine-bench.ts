import type { DifferentialInput } from "@bpx/domain";
import { type GraphStore, openCuratedStore } from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import { toDifferentialInput, VIGNETTES } from "../src/vignettes";
import { graphSize } from "./graph-load";

export interface EngineTiming {
  graph: string;
  nodes: number;
  relationships: number;
  inputs: number;
  /** Median milliseconds per differential for its knowledge reads (the in-memory snapshot). */
  fetchMs: number;
  /** Median milliseconds per differential for the pure engine (computeDifferential). */
  engineMs: number;
  /** Median candidates per differential. */
  candidates: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function time(
  store: GraphStore,
  graph: string,
  inputs: DifferentialInput[],
  iterations: number,
): Promise<EngineTiming> {
  const fetches: number[] = [];
  const engines: number[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < iterations + 2; i++) {
    for (const input of inputs) {
      const { result, fetchMs, engineMs, candidateCount } = await runDifferential(store, input);
      if (i < 2) continue; // warm-up rounds
      fetches.push(fetchMs);
      engines.push(engineMs);
      candidates.push(candidateCount);
      if (result.candidates.length === 0) throw new Error(`no candidates for ${JSON.stringify(input)}`);
    }
  }
  return {
    graph,
    ...(await graphSize(store)),
    inputs: inputs.length,
    fetchMs: median(fetches),
    engineMs: median(engines),
    candidates: median(candidates),
  };
}

/** The curated graph with the vignettes' inputs. */
export async function benchCurated(iterations: number): Promise<EngineTiming> {
  const store = await openCuratedStore();
  const inputs = VIGNETTES.map(toDifferentialInput);
  try {
    return await time(store, "curated", inputs, iterations);
  } finally {
    await store.close();
  }
}
