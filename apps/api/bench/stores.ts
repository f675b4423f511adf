// pnpm bench:stores [--quick]: load time and differential / neighbourhood / search latency on the
// embedded store (Grafeo, on disk) and on Neo4j, for the curated graph and a Hetionet-size one.
// Neo4j is a server of the bench's own (data/neo4j-bench, bolt port 7689, emptied at each run and
// stopped at the end). Prints Markdown for docs/performance.md and writes bench/stores-results.json.
import { readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { DEFAULT_GRAPH_DIR, readGraph } from "@bpx/graph-store";
import { settingsFromEnv, startNeo4j, stopNeo4j } from "@bpx/neo4j-server";
import { toDifferentialInput, VIGNETTES } from "../src/vignettes";
import { generateGraph, HETIONET_SIZE } from "./generate-graph";
import { benchEmbedded, benchNeo4j, type StoreTiming, type Workload } from "./store-bench";

const quick = process.argv.includes("--quick");
const log = (line: string) => console.error(line);
const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;

// Larger than the development default: the 2M-relationship graph is loaded in 10k-row batches.
const settings = settingsFromEnv({
  NEO4J_DATA_DIR: "data/neo4j-bench",
  NEO4J_BOLT_PORT: process.env.NEO4J_BENCH_BOLT_PORT || "7689",
  NEO4J_HEAP: "2g",
  NEO4J_PAGECACHE: "1g",
});
await stopNeo4j(settings);
await rm(settings.dir, { recursive: true, force: true });
log(`neo4j: starting a fresh bench server (${settings.dir})`);
const server = await startNeo4j(settings, log);
log(
  `neo4j: ${server.answer.agent} on ${server.connection.NEO4J_URI} after ${(server.ms / 1000).toFixed(1)} s`,
);

const curated = await readGraph(DEFAULT_GRAPH_DIR);
const kindIds = (bundle: typeof curated, kind: string) =>
  bundle.nodes.filter((n) => n.kind === kind).map((n) => n.id);
const scale = quick ? 0.1 : 1;
const generated = generateGraph({
  conditions: HETIONET_SIZE.conditions * scale,
  findings: HETIONET_SIZE.findings * scale,
  diagnostics: HETIONET_SIZE.diagnostics * scale,
  drugs: HETIONET_SIZE.drugs * scale,
  interventions: HETIONET_SIZE.interventions * scale,
});
const genFindings = kindIds(generated, "FINDING");
const workloads: Workload[] = [
  {
    graph: "curated",
    bundle: curated,
    differentials: VIGNETTES.map(toDifferentialInput),
    seeds: kindIds(curated, "CONDITION").slice(0, 20),
    searches: ["fever", "pain", "pyel", "kidney", "x-ray", "bleeding", "nsaid", "lower back", "ache", "zzz"],
    rounds: quick ? 2 : 10,
  },
  {
    graph: quick ? "generated, a tenth of Hetionet's size" : "generated, Hetionet's size and degrees",
    bundle: generated,
    differentials: VIGNETTES.map((_, i) => ({
      present: [0, 1, 2].map((k) => genFindings[(i * 997 + k * 7919) % genFindings.length] as string),
      absent: [genFindings[(i * 331 + 4243) % genFindings.length] as string],
      gestationalWeek: 10 + (i % 30),
    })),
    seeds: kindIds(generated, "CONDITION").filter((_, i) => i % 250 === 7),
    searches: ["condition c-12", "alias f-99", "c-4", "drug m-1", "finding", "zzz"],
    rounds: quick ? 1 : 2,
  },
];

/** The Neo4j server's resident memory in MiB, from /proc (Linux). */
const serverRssMb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1]) / 1024;

const results: StoreTiming[] = [];
let rssMb = 0;
try {
  for (const work of workloads) {
    log(`${work.graph}: ${work.bundle.nodes.length} nodes, ${work.bundle.edges.length} relationships`);
    log(`  embedded (${elapsed()})`);
    results.push(await benchEmbedded(work, log));
    log(`  neo4j (${elapsed()})`);
    results.push(await benchNeo4j(server, work, log));
  }
  rssMb = serverRssMb();
} finally {
  await stopNeo4j(settings);
}

const ms = (l: { p50: number; p95: number }) => `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)}`;
console.log(
  [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${server.answer.agent} (heap ${settings.heapMb} MiB, page cache ${settings.pageCacheMb} MiB; ${rssMb.toFixed(0)} MiB resident after the last load). ${new Date().toISOString()}. Whole run: ${elapsed()}; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} (other work shared the cores).`,
    "",
    "| graph | engine | nodes | relationships | load (s) | differential p50 / p95 (ms) | neighbourhood depth 1 | depth 2 | search |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.graph} | ${r.engine} | ${r.nodes} | ${r.relationships} | ${r.loadSeconds.toFixed(1)} | ${ms(r.differential)} | ${ms(r.neighbourhood1)} | ${ms(r.neighbourhood2)} | ${ms(r.search)} |`,
    ),
  ].join("\n"),
);
await writeFile(
  fileURLToPath(new URL("stores-results.json", import.meta.url)),
  `${JSON.stringify({ quick, results, neo4jRssMb: rssMb, seconds: (performance.now() - began) / 1000 }, null, 2)}\n`,
);
