// The API on an embedded Grafeo opened from its file, as deployed after a large graph was loaded by
// another process (issue 14: the API's resident memory). `node --expose-gc --import tsx
// bench/reopen-bench.ts [--scale 1] [--dir DIR] [--reuse]` generates the Hetionet-size profile at
// that scale, loads it into DIR/graph.grafeo (a fresh temporary folder unless --dir; --reuse skips
// the load for a DIR that holds it), reports the loading process's resident memory, then starts the
// API on that folder (GRAPH_AUTOLOAD=false), sends 200 distinct differentials and a search over
// HTTP, and reads the API process's resident and peak memory from /proc.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  readSchemaStatements,
} from "@bpx/graph-store";
import { API_NODE_ARGS } from "../src/api-process";
import { generateGraph, HETIONET_SIZE } from "./generate-graph";
import { graphSize, loadWithProgress } from "./graph-load";
import { APP_DIR, waitFor } from "./http-bench";
import {
  askDifferential,
  type DistinctInput,
  processMemory,
  scaledProfile,
  toDistinctInputs,
} from "./snapshot-bench";

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const scale = Number(option("--scale") ?? 1);
const dir = option("--dir") ?? mkdtempSync(path.join(tmpdir(), "reopen-bench-"));
const log = (l: string) => console.error(l);
/** Resident and peak memory of a process, in whole MiB. */
const mem = async (pid: number) => {
  const { rssMb, peakMb } = await processMemory(pid);
  return { rss: Math.round(rssMb), peak: Math.round(peakMb) };
};
const bundle = generateGraph(scaledProfile(HETIONET_SIZE, scale));
const findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
if (!process.argv.includes("--reuse")) {
  const store = createGraphStore(createEmbeddedRunner({ path: path.join(dir, "graph.grafeo") }));
  await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded"));
  const secs = await loadWithProgress(store, bundle, log);
  log(
    `loaded ${JSON.stringify(await graphSize(store))} in ${secs.toFixed(1)} s into ${dir}; loader ${JSON.stringify(await mem(process.pid))}`,
  );
  await store.close();
}
const port = process.env.BENCH_API_PORT ?? "4931";
const started = performance.now();
const api = spawn(process.execPath, [...API_NODE_ARGS, "src/main.ts"], {
  cwd: APP_DIR,
  env: { ...process.env, API_PORT: port, GRAPH_DATA_DIR: dir, GRAPH_AUTOLOAD: "false", NEO4J_URI: "" },
  stdio: ["ignore", "ignore", "inherit"],
});
process.on("exit", () => api.kill("SIGTERM"));
await waitFor(`http://127.0.0.1:${port}/ready`, api);
log(
  `ready after ${((performance.now() - started) / 1000).toFixed(1)} s; api ${JSON.stringify(await mem(api.pid as number))}`,
);
const inputs = toDistinctInputs(findings, 201);
const ask = async (i: number) => {
  const { error, candidates } = await askDifferential(port, inputs[i] as DistinctInput);
  if (error) throw new Error(error);
  return candidates;
};
const times: number[] = [];
let cands = 0;
for (let i = 0; i < 201; i++) {
  const t = performance.now();
  cands += await ask(i);
  if (i > 0) times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
log(
  `200 differentials: p50 ${times[100]?.toFixed(1)} ms p99 ${times[198]?.toFixed(1)} ms, mean candidates ${(cands / 201).toFixed(1)}; api ${JSON.stringify(await mem(api.pid as number))}`,
);
const s = await fetch(`http://127.0.0.1:${port}/graphql`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: '{ search(text: "pain", first: 5) { node { id } } }' }),
})
  .then((r) => r.text())
  .catch((e) => String(e));
log(`search: ${s.slice(0, 80)}; api ${JSON.stringify(await mem(api.pid as number))}`);
await new Promise((r) => setTimeout(r, 60_000));
log(`a quiet minute later: api ${JSON.stringify(await mem(api.pid as number))}`);
api.kill("SIGTERM");
process.exit(0);
