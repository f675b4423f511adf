// The knowledge snapshot on a generated graph (issue 14, item 2): its build and rebuild time, the
// memory it and the store take, and the differential's in-process latency on it for distinct
// cases. `node --expose-gc --import tsx bench/snapshot-bench.ts [--scale 0.2]` runs it alone;
// `pnpm bench` runs it at full Hetionet size. The API's resident memory (issue 14, item 3) is
// measured in the API as deployed, a process of its own: on the embedded store it opens the Grafeo
// file the bench loaded (`benchEmbeddedApiMemory`; the store and the snapshot in that process), and
// with `--neo4j` the graph goes into a Neo4j server of the bench's own and the API holds only the
// snapshot (`benchNeo4jApiMemory`).
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import {
  buildKnowledgeSnapshot,
  createEmbeddedRunner,
  createGraphStore,
  createNeo4jRunner,
  DEFAULT_GRAPH_DIR,
  type GraphBundle,
  readSchemaStatements,
} from "@bpx/graph-store";
import { settingsFromEnv, startNeo4j, stopNeo4j } from "@bpx/neo4j-server";
import { runDifferential } from "@bpx/schema";
import { API_NODE_ARGS } from "../src/api-process";
import { type GeneratorOptions, generateGraph, HETIONET_SIZE } from "./generate-graph";
import { graphSize, loadWithProgress } from "./graph-load";
import { APP_DIR, waitFor } from "./http-bench";

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

/**
 * Loads `bundle` into a Grafeo (in memory, or the file `path`, closed at the end so that an API
 * process can open it), then measures the snapshot and the differential on it. `findings` are the
 * graph's finding ids, for cases sent to that API.
 */
export async function benchSnapshot(
  makeBundle: () => GraphBundle,
  graph: string,
  cases: number,
  log: (line: string) => void,
  { path }: { path?: string } = {},
): Promise<{ timing: SnapshotTiming; findings: string[] }> {
  // The bundle is dropped after the load, so the RSS below is the store's and the snapshot's.
  let bundle: GraphBundle | null = makeBundle();
  log(`  ${bundle.nodes.length} nodes, ${bundle.edges.length} relationships`);
  const runner = createEmbeddedRunner(path ? { path } : {});
  const store = createGraphStore(runner);
  await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded"));
  const loadSeconds = await loadWithProgress(store, bundle, log);
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
  const inputs = toDistinctInputs(findings, cases + 20);
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
  const size = await graphSize(store);
  await store.close();
  const timing: SnapshotTiming = {
    graph,
    ...size,
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
  return { timing, findings };
}

/** The API as its own process on a graph: its answers over HTTP and its resident memory. */
export interface ApiMemory {
  graph: string;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  /** From the API process's start to its first differential answered (the snapshot built). */
  firstAnswerSeconds: number;
  /** The API process's resident memory after the differentials, and its peak (VmHWM). */
  apiRssMb: number;
  apiPeakRssMb: number;
  /** The API process's resident memory after a further quiet minute. */
  apiIdleRssMb: number;
  cases: number;
  p50Ms: number;
  p99Ms: number;
  loadAverage: number[];
}

export interface Neo4jApiMemory extends ApiMemory {
  neo4jRssMb: number;
}

/** A distinct case: three findings present, one absent, a week; the i-th of a fixed walk. */
export interface DistinctInput {
  present: string[];
  absent: string[];
  gestationalWeek: number;
}

export function toDistinctInputs(findings: readonly string[], count: number): DistinctInput[] {
  const n = findings.length;
  return Array.from({ length: count }, (_, i) => {
    // Four different findings: on a small graph two of the strides can land on the same one (a
    // finding entered both present and absent is refused), so a taken one moves to the next.
    const taken = new Set<number>();
    const pick = (at: number) => {
      let j = at % n;
      while (taken.has(j)) j = (j + 1) % n;
      taken.add(j);
      return findings[j] as string;
    };
    return {
      present: [0, 1, 2].map((k) => pick(i * 997 + k * 7919)),
      absent: [pick(i * 331 + 4243)],
      gestationalWeek: 1 + (i % 40),
    };
  });
}

/** One differential over HTTP from the API on `port`: its candidates, or the first error. */
export async function askDifferential(
  port: string,
  input: DistinctInput,
): Promise<{ error: string | null; candidates: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query($input: DifferentialInput!) { differential(input: $input) {
        candidates { rank probability condition { id name } supporting { finding { id } weight } }
        nextFindings { finding { id } } suggestedDiagnostics { diagnostic { id } safety { level } }
        treatmentSafety { subject { id } safety { level } } } }`,
      variables: { input },
    }),
  });
  const body = (await res.json()) as {
    data?: { differential?: { candidates: unknown[] } };
    errors?: { message: string }[];
  };
  const error = res.ok && !body.errors ? null : (body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return { error, candidates: body.data?.differential?.candidates.length ?? 0 };
}

/** Resident and peak resident memory of a process in MiB, from /proc (Linux). */
export async function processMemory(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

type Measured = Omit<ApiMemory, "graph" | "nodes" | "relationships" | "loadSeconds">;

/**
 * Starts the API (`src/main.ts`, the flags of `pnpm start`) as its own process with `env` naming
 * its store, waits for /ready and its first differential (the snapshot built), sends `cases`
 * distinct differentials over HTTP one at a time, and reads its resident memory from /proc then
 * and after a quiet minute. `stop` ends the process (the caller's `finally`) and waits for it.
 */
async function measureApiProcess(
  env: Record<string, string>,
  findings: readonly string[],
  cases: number,
  log: (line: string) => void,
): Promise<{ memory: Measured; stop: () => Promise<void> }> {
  const apiPort = process.env.BENCH_API_PORT ?? "4914";
  const started = performance.now();
  const api = spawn(process.execPath, [...API_NODE_ARGS, "src/main.ts"], {
    cwd: APP_DIR,
    env: { ...process.env, API_PORT: apiPort, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Ends the process and waits for it to close its store (SIGKILL after 10 s), so that the
  // caller's next step (removing the folder, stopping Neo4j) does not race its shutdown.
  const stop = async () => {
    if (api.exitCode !== null || api.signalCode !== null) return;
    const exited = new Promise((resolve) => api.once("exit", resolve));
    api.kill("SIGTERM");
    const force = setTimeout(() => api.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(force);
  };
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/ready`, api);
    const inputs = toDistinctInputs(findings, cases + 1);
    const ask = async (input: DistinctInput) => (await askDifferential(apiPort, input)).error;
    // The first differential waits for the snapshot; until it is built a request may time out.
    for (let error = await ask(inputs[0] as DistinctInput); error !== null; ) {
      if (api.exitCode !== null) throw new Error("the API exited before answering a differential");
      log(`  first differential not answered yet (${error}); retrying`);
      error = await ask(inputs[0] as DistinctInput);
    }
    const firstAnswerSeconds = (performance.now() - started) / 1000;
    log(`  first differential after ${firstAnswerSeconds.toFixed(1)} s`);
    const times: number[] = [];
    for (const input of inputs.slice(1)) {
      const t = performance.now();
      const error = await ask(input);
      if (error) throw new Error(`a differential failed: ${error}`);
      times.push(performance.now() - t);
    }
    const memory = await processMemory(api.pid as number);
    log(
      `  after ${times.length} differentials: ${memory.rssMb.toFixed(0)} MB (peak ${memory.peakMb.toFixed(0)} MB)`,
    );
    // V8 gives memory back to the system some time after a burst (the snapshot build's query
    // results): the resident memory after a quiet minute is what the process holds for good.
    await new Promise((r) => setTimeout(r, 60_000));
    const idle = await processMemory(api.pid as number);
    return {
      memory: {
        firstAnswerSeconds,
        apiRssMb: memory.rssMb,
        apiPeakRssMb: memory.peakMb,
        apiIdleRssMb: idle.rssMb,
        cases: times.length,
        p50Ms: quantile(times, 0.5),
        p99Ms: quantile(times, 0.99),
        loadAverage: loadavg(),
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The API as deployed on the embedded store: its own process opening the Grafeo file in `dir`
 * (`dir/graph.grafeo`, loaded and closed by another process, GRAPH_AUTOLOAD off), so its resident
 * memory is the store's and the snapshot's as they are held after a start, not the loading
 * process's. `size` and `loadSeconds` describe the graph the file holds.
 */
export async function benchEmbeddedApiMemory(
  dir: string,
  findings: readonly string[],
  graph: Pick<ApiMemory, "graph" | "nodes" | "relationships" | "loadSeconds">,
  cases: number,
  log: (line: string) => void,
): Promise<ApiMemory> {
  const { memory, stop } = await measureApiProcess(
    { GRAPH_DATA_DIR: dir, GRAPH_AUTOLOAD: "false", NEO4J_URI: "" },
    findings,
    cases,
    log,
  );
  await stop();
  return { ...graph, ...memory };
}

/**
 * Loads `bundle` into a fresh Neo4j server of the bench's own (NEO4J_BENCH_DATA_DIR, default
 * data/neo4j-snapshot-bench; NEO4J_BENCH_BOLT_PORT, default 7691; emptied first, stopped at the
 * end), starts the API on it as a separate process (as deployed: the store out of process), sends
 * distinct differentials over HTTP and reads the API process's resident memory.
 */
export async function benchNeo4jApiMemory(
  makeBundle: () => GraphBundle,
  graph: string,
  cases: number,
  log: (line: string) => void,
  { reuse = false }: { reuse?: boolean } = {},
): Promise<Neo4jApiMemory> {
  const settings = settingsFromEnv({
    NEO4J_DATA_DIR: process.env.NEO4J_BENCH_DATA_DIR || "data/neo4j-snapshot-bench",
    NEO4J_BOLT_PORT: process.env.NEO4J_BENCH_BOLT_PORT || "7691",
    NEO4J_HEAP: "2g",
    NEO4J_PAGECACHE: "1g",
  });
  await stopNeo4j(settings);
  if (!reuse) await rm(settings.dir, { recursive: true, force: true });
  const server = await startNeo4j(settings, log);
  const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } = server.connection;
  let stopApi = async () => {};
  try {
    let bundle: GraphBundle | null = makeBundle();
    log(`  ${bundle.nodes.length} nodes, ${bundle.edges.length} relationships`);
    const findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
    const store = createGraphStore(createNeo4jRunner({ uri, user, password }));
    const held = Object.values(await store.countByRelation()).reduce((a, b) => a + b, 0);
    const loaded = reuse && held === bundle.edges.length;
    if (loaded) log(`  reusing the ${held} relationships already in ${settings.dir}`);
    await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "neo4j"));
    const loadSeconds = loaded ? 0 : await loadWithProgress(store, bundle, log);
    bundle = null;
    const size = await graphSize(store);
    await store.close();
    log(`  loaded into Neo4j in ${loadSeconds.toFixed(1)} s; starting the API on it`);

    const measured = await measureApiProcess(
      { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      findings,
      cases,
      log,
    );
    stopApi = measured.stop;
    return {
      graph,
      ...size,
      loadSeconds,
      ...measured.memory,
      neo4jRssMb: (await processMemory(server.pid)).rssMb,
    };
  } finally {
    await stopApi();
    await stopNeo4j(settings);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--scale");
  const scale = at > 0 ? Number(process.argv[at + 1]) : 1;
  const log = (line: string) => console.error(line);
  log(`generating the Hetionet-size profile at scale ${scale}...`);
  if (process.argv.includes("--neo4j")) {
    const began = performance.now();
    const memory = await benchNeo4jApiMemory(
      () => generateGraph(scaledProfile(HETIONET_SIZE, scale)),
      `Hetionet-size x ${scale}`,
      200,
      log,
      // --reuse keeps a Neo4j folder that already holds this graph (the load takes minutes).
      { reuse: process.argv.includes("--reuse") },
    );
    console.log(JSON.stringify({ ...memory, seconds: (performance.now() - began) / 1000 }, null, 2));
    process.exit(0);
  }
  const { timing } = await benchSnapshot(
    () => generateGraph(scaledProfile(HETIONET_SIZE, scale)),
    `Hetionet-size x ${scale}`,
    200,
    log,
  );
  console.log(JSON.stringify(timing, null, 2));
}
