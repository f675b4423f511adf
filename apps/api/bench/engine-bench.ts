import type { DifferentialInput } from "@bpx/domain";
import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
  type GraphBundle,
  type GraphStore,
  readSchemaStatements,
} from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import { VIGNETTES } from "../src/vignettes";

export interface EngineTiming {
  graph: string;
  nodes: number;
  relationships: number;
  inputs: number;
  /** Median milliseconds per differential for the store's seven queries. */
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
  const byKind = await store.countByKind();
  const byType = await store.countByRelation();
  return {
    graph,
    nodes: Object.values(byKind).reduce((a, b) => a + b, 0),
    relationships: Object.values(byType).reduce((a, b) => a + b, 0),
    inputs: inputs.length,
    fetchMs: median(fetches),
    engineMs: median(engines),
    candidates: median(candidates),
  };
}

/** The curated graph with the vignettes' inputs. */
export async function benchCurated(iterations: number): Promise<EngineTiming> {
  const store = createGraphStore(createEmbeddedRunner());
  await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  const inputs = VIGNETTES.map((v) => ({
    present: v.present,
    absent: v.absent ?? [],
    gestationalWeek: v.week,
  }));
  try {
    return await time(store, "curated", inputs, iterations);
  } finally {
    await store.close();
  }
}

/** A generated graph: the same number of inputs, three findings present and one absent each. */
export async function benchGenerated(
  bundle: GraphBundle,
  name: string,
  iterations: number,
  log: (line: string) => void,
): Promise<EngineTiming> {
  const store = createGraphStore(createEmbeddedRunner());
  await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded"));
  const started = performance.now();
  let lastLog = 0;
  await store.load(bundle, {
    batchSize: 10_000,
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastLog > 10_000 || p.done === p.total) {
        log(`  loading ${p.phase} ${p.done}/${p.total} (${((now - started) / 1000).toFixed(0)} s)`);
        lastLog = now;
      }
    },
  });
  log(`  loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
  const inputs = VIGNETTES.map((_, i) => ({
    present: [0, 1, 2].map((k) => findings[(i * 997 + k * 7919) % findings.length] as string),
    absent: [findings[(i * 331 + 4243) % findings.length] as string],
    gestationalWeek: 10 + (i % 30),
  }));
  try {
    return await time(store, name, inputs, iterations);
  } finally {
    await store.close();
  }
}
