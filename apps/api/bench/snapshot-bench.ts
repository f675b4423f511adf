// The knowledge snapshot on a generated graph (issue 14, item 2): its build and rebuild time, the
// memory it and the store take, and the differential's in-process latency on it for distinct
// cases. `node --expose-gc --import tsx bench/snapshot-bench.ts [--scale 0.2]` runs it alone;
// `pnpm bench` runs it at full Hetionet size.
import { fileURLToPath } from "node:url";
import {
  buildKnowledgeSnapshot,
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  type GraphBundle,
  readSchemaStatements,
} from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import { type GeneratorOptions, generateGraph, HETIONET_SIZE } from "./generate-graph";

export interface SnapshotTiming {
  graph: string;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  /** First build at start-up, and a rebuild while the first is still held (as on a reload). */
  buildMs: number;
  rebuildMs: number;
  /** Heap the snapshot holds (after a full GC), and the process's resident memory. */
  snapshotHeapMb: number;
  rssBeforeSnapshotMb: number;
  rssMb: number;
  /** Distinct cases (three findings present, one absent, a week), each run once after warm-up. */
  cases: number;
  p50Ms: number;
  p99Ms: number;
  /** Medians of the snapshot reads and of the engine within one differential. */
  fetchMs: number;
  engineMs: number;
  medianCandidates: number;
  snapshotStats: Record<string, number>;
}

const mb = (bytes: number) => bytes / 2 ** 20;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;

export function scaledProfile(profile: typeof HETIONET_SIZE, scale: number): GeneratorOptions {
  return {
    ...profile,
    conditions: Math.round(profile.conditions * scale),
    findings: Math.round(profile.findings * scale),
    diagnostics: Math.round(profile.diagnostics * scale),
    drugs: Math.round(profile.drugs * scale),
    interventions: Math.round(profile.interventions * scale),
  };
}

/** Loads `bundle` into an in-memory Grafeo, then measures the snapshot and the differential on it. */
export async function benchSnapshot(
  makeBundle: () => GraphBundle,
  graph: string,
  cases: number,
  log: (line: string) => void,
): Promise<SnapshotTiming> {
  // The bundle is dropped after the load, so the RSS below is the store's and the snapshot's.
  let bundle: GraphBundle | null = makeBundle();
  log(`  ${bundle.nodes.length} nodes, ${bundle.edges.length} relationships`);
  const runner = createEmbeddedRunner();
  const store = createGraphStore(runner);
  await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded"));
  const loadStart = performance.now();
  let lastLog = 0;
  await store.load(bundle, {
    batchSize: 10_000,
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastLog > 15_000 || p.done === p.total) {
        log(`  loading ${p.phase} ${p.done}/${p.total} (${((now - loadStart) / 1000).toFixed(0)} s)`);
        lastLog = now;
      }
    },
  });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
  bundle = null;
  log(`  loaded in ${loadSeconds.toFixed(1)} s`);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const buildStart = performance.now();
  const snapshot = await store.knowledgeSnapshot();
  const buildMs = performance.now() - buildStart;
  gc();
  const snapshotHeapMb = mb(process.memoryUsage().heapUsed - heapBefore);
  log(`  snapshot built in ${(buildMs / 1000).toFixed(1)} s, ${snapshotHeapMb.toFixed(0)} MB of heap`);
  const rebuildStart = performance.now();
  const rebuilt = await buildKnowledgeSnapshot(runner, snapshot.stamp);
  const rebuildMs = performance.now() - rebuildStart;
  log(`  rebuilt in ${(rebuildMs / 1000).toFixed(1)} s (${rebuilt.stats.links} links)`);
  const inputs = Array.from({ length: cases + 20 }, (_, i) => ({
    present: [0, 1, 2].map((k) => findings[(i * 997 + k * 7919) % findings.length] as string),
    absent: [findings[(i * 331 + 4243) % findings.length] as string],
    gestationalWeek: 1 + (i % 40),
  }));
  const times: number[] = [];
  const fetches: number[] = [];
  const engines: number[] = [];
  const candidates: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const started = performance.now();
    const run = await runDifferential(store, input);
    const ms = performance.now() - started;
    if (run.result.candidates.length === 0) throw new Error(`no candidates for ${JSON.stringify(input)}`);
    if (i < 20) continue; // warm-up
    times.push(ms);
    fetches.push(run.fetchMs);
    engines.push(run.engineMs);
    candidates.push(run.candidateCount);
  }
  gc();
  const rssMb = mb(process.memoryUsage().rss);
  const byKind = await store.countByKind();
  const byType = await store.countByRelation();
  await store.close();
  return {
    graph,
    nodes: Object.values(byKind).reduce((a, b) => a + b, 0),
    relationships: Object.values(byType).reduce((a, b) => a + b, 0),
    loadSeconds,
    buildMs,
    rebuildMs,
    snapshotHeapMb,
    rssBeforeSnapshotMb: mb(rssBefore),
    rssMb,
    cases: times.length,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    fetchMs: quantile(fetches, 0.5),
    engineMs: quantile(engines, 0.5),
    medianCandidates: quantile(candidates, 0.5),
    snapshotStats: { ...snapshot.stats },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--scale");
  const scale = at > 0 ? Number(process.argv[at + 1]) : 1;
  const log = (line: string) => console.error(line);
  log(`generating the Hetionet-size profile at scale ${scale}...`);
  const timing = await benchSnapshot(
    () => generateGraph(scaledProfile(HETIONET_SIZE, scale)),
    `Hetionet-size x ${scale}`,
    200,
    log,
  );
  console.log(JSON.stringify(timing, null, 2));
}
