import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DifferentialInput } from "@bpx/domain";
import {
  type CypherRunner,
  createEmbeddedRunner,
  createGraphStore,
  createNeo4jRunner,
  DEFAULT_GRAPH_DIR,
  type GraphBundle,
  type GraphStore,
  readSchemaStatements,
} from "@bpx/graph-store";
import type { StartResult } from "@bpx/neo4j-server";
import { runDifferential } from "@bpx/schema";
import { graphSize, loadWithProgress } from "./graph-load";

/** Latencies of one operation: median and 95th percentile over `n` measured calls. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
}

export interface StoreTiming {
  graph: string;
  engine: "embedded" | "neo4j";
  nodes: number;
  relationships: number;
  /** Seconds to write the whole graph (batched UNWIND ... MERGE, then the stale sweep). */
  loadSeconds: number;
  differential: Latency;
  neighbourhood1: Latency;
  neighbourhood2: Latency;
  search: Latency;
}

/** What one graph is measured with. */
export interface Workload {
  graph: string;
  bundle: GraphBundle;
  differentials: DifferentialInput[];
  /** Starting nodes for neighbourhoods. */
  seeds: string[];
  searches: string[];
  /** Measured rounds over each list, after one warm-up round. */
  rounds: number;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: samples.length, p50: at(0.5), p95: at(0.95) };
}

async function measure<T>(items: readonly T[], rounds: number, call: (item: T) => Promise<unknown>) {
  const samples: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const item of items) {
      const started = performance.now();
      await call(item);
      if (round > 0) samples.push(performance.now() - started);
    }
  }
  return latency(samples);
}

/** Loads `work.bundle` into a fresh store on `runner` and measures the API's store operations. */
export async function benchStore(
  runner: CypherRunner,
  work: Workload,
  log: (line: string) => void,
): Promise<StoreTiming> {
  const store: GraphStore = createGraphStore(runner);
  try {
    await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, runner.engine));
    const started = performance.now();
    await loadWithProgress(store, work.bundle, log);
    // Index population (the full-text index above all) is part of the load, not of the queries.
    if (runner.engine === "neo4j") await runner.run("CALL db.awaitIndexes(600)", {}, "WRITE");
    const loadSeconds = (performance.now() - started) / 1000;
    log(`    loaded in ${loadSeconds.toFixed(1)} s`);
    const { nodes, relationships } = await graphSize(store);
    return {
      graph: work.graph,
      engine: runner.engine,
      nodes,
      relationships,
      loadSeconds,
      differential: await measure(work.differentials, work.rounds, (input) => runDifferential(store, input)),
      neighbourhood1: await measure(work.seeds, work.rounds, (id) =>
        store.neighborhood({ ids: [id], depth: 1 }),
      ),
      neighbourhood2: await measure(work.seeds, work.rounds, (id) =>
        store.neighborhood({ ids: [id], depth: 2 }),
      ),
      search: await measure(work.searches, work.rounds, (text) => store.search({ text, first: 10 })),
    };
  } finally {
    await store.close();
  }
}

/** Runs `work` on a file-backed Grafeo in a temporary folder (as the API runs it), then removes it. */
export async function benchEmbedded(work: Workload, log: (line: string) => void): Promise<StoreTiming> {
  const dir = await mkdtemp(join(tmpdir(), "bpx-store-bench-"));
  try {
    return await benchStore(createEmbeddedRunner({ path: join(dir, "graph.grafeo") }), work, log);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs `work` on the bench's Neo4j server (a load replaces the graph already there). */
export async function benchNeo4j(
  server: StartResult,
  work: Workload,
  log: (line: string) => void,
): Promise<StoreTiming> {
  const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } = server.connection;
  return benchStore(createNeo4jRunner({ uri, user, password }), work, log);
}
