// The API on an embedded Grafeo opened from its file, as deployed after a large graph was loaded by
// another process (issue 14: the API's resident memory). `node --expose-gc --import tsx
// bench/reopen-bench.ts [--scale 1] [--dir DIR] [--reuse]` generates the Hetionet-size profile at
// that scale, loads it into DIR/graph.grafeo (a fresh temporary folder unless --dir; --reuse skips
// the load for a DIR that holds it), reports the loading process's resident memory, then measures
// the API as its own process on that folder (`benchEmbeddedApiMemory`, as `pnpm bench` does).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  readSchemaStatements,
} from "@bpx/graph-store";
import { generateGraph, HETIONET_SIZE } from "./generate-graph";
import { graphSize, loadWithProgress } from "./graph-load";
import { benchEmbeddedApiMemory, processMemory, scaledProfile } from "./snapshot-bench";

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const scale = Number(option("--scale") ?? 1);
const dir = option("--dir") ?? mkdtempSync(path.join(tmpdir(), "reopen-bench-"));
const log = (l: string) => console.error(l);
const bundle = generateGraph(scaledProfile(HETIONET_SIZE, scale));
const findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
const store = createGraphStore(createEmbeddedRunner({ path: path.join(dir, "graph.grafeo") }));
let loadSeconds = 0;
if (!process.argv.includes("--reuse")) {
  await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded"));
  loadSeconds = await loadWithProgress(store, bundle, log);
  const loader = await processMemory(process.pid);
  log(`loaded in ${loadSeconds.toFixed(1)} s into ${dir}; loader ${loader.rssMb.toFixed(0)} MB resident`);
}
const size = await graphSize(store);
await store.close();
const memory = await benchEmbeddedApiMemory(
  dir,
  findings,
  { graph: `Hetionet-size x ${scale}`, ...size, loadSeconds },
  200,
  log,
);
console.log(JSON.stringify(memory, null, 2));
process.exit(0);
