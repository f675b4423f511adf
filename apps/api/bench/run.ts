// pnpm bench [--quick] [--neo4j]: the differential in process on the curated graph and on generated
// Hetionet-size graphs (through the in-memory knowledge snapshot), the API as its own process on the
// Hetionet-size graph's embedded file (its resident memory), then over HTTP against a bare
// node:http server measured in the same run: repeated cases (the response cache's case) and
// distinct never-repeated ones (issue 14). Prints each figure with its goal and PASS/FAIL, Markdown
// for docs/performance.md, and writes bench/results.json. --neo4j adds the API as deployed on Neo4j:
// the generated graph in a Neo4j server of the bench's own (loaded once, minutes; kept in
// apps/api/data/neo4j-snapshot-bench and reused while it holds the same graph), the API a separate
// process on it, its resident memory read from /proc.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchDistinctHttp } from "./distinct-bench";
import { benchCurated } from "./engine-bench";
import { DENSE, generateGraph, HETIONET_SIZE } from "./generate-graph";
import { describeCpuShares, readCpuTicks, toCpuShares } from "./host-cpu";
import { benchHttp } from "./http-bench";
import {
  type ApiMemory,
  benchEmbeddedApiMemory,
  benchNeo4jApiMemory,
  benchSnapshot,
  type Neo4jApiMemory,
  type SnapshotTiming,
  scaledProfile,
} from "./snapshot-bench";

const quick = process.argv.includes("--quick");
const onNeo4j = process.argv.includes("--neo4j");
const log = (line: string) => console.error(line);
const loads: number[] = [];
const sampleLoad = () => loads.push(loadavg()[0] ?? 0);
const runTicks = readCpuTicks();

/** Issue 14's targets: each figure, its goal, and whether this run met it. */
const GOALS = {
  distinctRatio: 0.05,
  distinctP99Ms: 50,
  hetionetP50Ms: 20,
  rebuildSeconds: 30,
  rssMb: 600,
};

log("engine: curated graph...");
sampleLoad();
const curated = await benchCurated(quick ? 3 : 20);
const scale = quick ? 0.1 : 1;
/** Distinct differentials per generated graph, in process and over HTTP. */
const cases = quick ? 50 : 200;
const generated: SnapshotTiming[] = [];
// The Hetionet-size graph goes into a Grafeo file, as a large graph is deployed (loaded by one
// process, opened by the API); the dense stress graph is measured in memory only.
const fileDir = await mkdtemp(join(tmpdir(), "bpx-bench-hetionet-"));
let embeddedApi: ApiMemory;
try {
  log(`snapshot: Hetionet-size, Hetionet degrees${quick ? " (a tenth)" : ""}, in a Grafeo file...`);
  sampleLoad();
  const graph = "Hetionet-size, Hetionet degrees";
  const { timing, findings } = await benchSnapshot(
    () => generateGraph(scaledProfile(HETIONET_SIZE, scale)),
    graph,
    cases,
    log,
    { path: join(fileDir, "graph.grafeo") },
  );
  generated.push(timing);
  log("embedded: the API as its own process on that file...");
  sampleLoad();
  embeddedApi = await benchEmbeddedApiMemory(
    fileDir,
    findings,
    { graph, nodes: timing.nodes, relationships: timing.relationships, loadSeconds: timing.loadSeconds },
    cases,
    log,
  );
} finally {
  await rm(fileDir, { recursive: true, force: true });
}
log(`snapshot: Hetionet-size, dense (stress)${quick ? " (a tenth)" : ""}...`);
sampleLoad();
generated.push(
  (
    await benchSnapshot(
      () => generateGraph(scaledProfile(DENSE, scale)),
      "Hetionet-size, dense (stress)",
      cases,
      log,
    )
  ).timing,
);
let neo4j: Neo4jApiMemory | null = null;
if (onNeo4j) {
  log(`neo4j: the API on a Neo4j server holding the Hetionet-size graph${quick ? " (a tenth)" : ""}...`);
  sampleLoad();
  neo4j = await benchNeo4jApiMemory(
    () => generateGraph(scaledProfile(HETIONET_SIZE, scale)),
    "Hetionet-size, Hetionet degrees",
    cases,
    log,
    { reuse: true },
  );
}
log("http: repeated case, autocannon...");
sampleLoad();
const http = await benchHttp(quick ? 3 : 15, 10);
log("http: distinct never-repeated cases, 16 connections...");
sampleLoad();
const distinctTicks = readCpuTicks();
const distinct = await benchDistinctHttp(quick ? 2 : 5, 16, 3);
const endTicks = readCpuTicks();
sampleLoad();
const host = {
  run: toCpuShares(runTicks, endTicks),
  distinct: toCpuShares(distinctTicks, endTicks),
};

const [bare, api, uncached] = http;
const ratio = api && bare ? api.requestsPerSecond / bare.requestsPerSecond : 0;
const uncachedRatio = uncached && bare ? uncached.requestsPerSecond / bare.requestsPerSecond : 0;
const fmt = (n: number, d = 2) => n.toFixed(d);
const hetionet = generated[0] as SnapshotTiming;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const sizeNote = quick ? " (--quick: a tenth of the size; the goal is for the full size)" : "";
const distinctErrors = distinct.api.errors + distinct.api.non2xx;
const goals = [
  [
    "distinct never-repeated differentials over HTTP / bare node:http (16 connections, median of 3 alternating rounds)",
    `${fmt(distinct.ratio, 4)} (${fmt(distinct.api.requestsPerSecond, 0)} vs ${fmt(distinct.bare.requestsPerSecond, 0)} requests/s; issue 14 put 0.05 at about 650/s, for 13,136/s bare)`,
    `>= ${GOALS.distinctRatio}`,
    verdict(distinct.ratio >= GOALS.distinctRatio),
  ],
  [
    "distinct differentials over HTTP, p99 (the median round's)",
    `${distinct.api.p99Ms} ms (p50 ${distinct.api.p50Ms} ms)`,
    `< ${GOALS.distinctP99Ms} ms`,
    verdict(distinct.api.p99Ms < GOALS.distinctP99Ms),
  ],
  [
    "distinct differentials over HTTP, errors (non-2xx, socket errors, timeouts)",
    `${distinctErrors} of ${distinct.api.requests}`,
    "0",
    verdict(distinctErrors === 0),
  ],
  [
    `Hetionet-size graph: differential p50 in process${sizeNote}`,
    `${fmt(hetionet.p50Ms)} ms (p99 ${fmt(hetionet.p99Ms)} ms)`,
    `< ${GOALS.hetionetP50Ms} ms`,
    verdict(hetionet.p50Ms < GOALS.hetionetP50Ms),
  ],
  [
    `Hetionet-size graph: snapshot rebuild${sizeNote}`,
    `${fmt(hetionet.rebuildMs / 1000, 1)} s (first build ${fmt(hetionet.buildMs / 1000, 1)} s)`,
    `< ${GOALS.rebuildSeconds} s`,
    verdict(hetionet.rebuildMs / 1000 < GOALS.rebuildSeconds),
  ],
  [
    `Hetionet-size graph on the embedded store: API process peak resident memory (store and snapshot in it, opened from the file)${sizeNote}`,
    `${fmt(embeddedApi.apiPeakRssMb, 0)} MB peak (${fmt(embeddedApi.apiRssMb, 0)} MB after ${embeddedApi.cases} differentials, ${fmt(embeddedApi.apiIdleRssMb, 0)} MB a quiet minute later; first answer ${fmt(embeddedApi.firstAnswerSeconds, 1)} s after start; the loading process held ${fmt(hetionet.rssMb, 0)} MB)`,
    `< ${GOALS.rssMb} MB`,
    verdict(embeddedApi.apiPeakRssMb < GOALS.rssMb),
  ],
  ...(neo4j
    ? [
        [
          `Hetionet-size graph on Neo4j: API process peak resident memory (store out of process)${sizeNote}`,
          `${fmt(neo4j.apiPeakRssMb, 0)} MB peak (${fmt(neo4j.apiRssMb, 0)} MB after ${neo4j.cases} differentials, ${fmt(neo4j.apiIdleRssMb, 0)} MB a quiet minute later; first answer ${fmt(neo4j.firstAnswerSeconds, 1)} s after start)`,
          `< ${GOALS.rssMb} MB`,
          verdict(neo4j.apiPeakRssMb < GOALS.rssMb),
        ],
      ]
    : []),
];
const lines = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ${new Date().toISOString()}`,
  `Load average (1 min) during the run: ${loads.map((l) => fmt(l, 1)).join(", ")} (2 cores: above 2 means other work competed).`,
  `Host: over the whole run ${describeCpuShares(host.run)}; during the distinct-case rounds ${describeCpuShares(host.distinct)}.`,
  "",
  "| figure | measured | goal | result |",
  "| --- | ---: | ---: | --- |",
  ...goals.map((g) => `| ${g.join(" | ")} |`),
  "",
  "| graph | nodes | relationships | cases | median candidates | snapshot reads (ms) | engine (ms) | differential p50 / p99 (ms) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  `| curated | ${curated.nodes} | ${curated.relationships} | ${curated.inputs} | ${curated.candidates} | ${fmt(curated.fetchMs, 3)} | ${fmt(curated.engineMs, 3)} | ${fmt(curated.fetchMs + curated.engineMs)} (medians) |`,
  ...generated.map(
    (t) =>
      `| ${t.graph} | ${t.nodes} | ${t.relationships} | ${t.cases} | ${t.medianCandidates} | ${fmt(t.fetchMs, 3)} | ${fmt(t.engineMs, 3)} | ${fmt(t.p50Ms)} / ${fmt(t.p99Ms)} |`,
  ),
  "",
  "| graph | load (s) | snapshot build (s) | rebuild (s) | snapshot heap (MB) | loading process RSS before snapshot (MB) | after (MB) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...generated.map(
    (t) =>
      `| ${t.graph} | ${fmt(t.loadSeconds, 1)} | ${fmt(t.buildMs / 1000, 1)} | ${fmt(t.rebuildMs / 1000, 1)} | ${fmt(t.snapshotHeapMb, 0)} | ${fmt(t.rssBeforeSnapshotMb, 0)} | ${fmt(t.rssMb, 0)} |`,
  ),
  "",
  "| server | requests/s | p50 (ms) | p99 (ms) | non-2xx | errors |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...[...http, ...distinct.rounds.flatMap((r) => [r.bare, r.api]), distinct.bare, distinct.api].map(
    (h) =>
      `| ${h.server} | ${fmt(h.requestsPerSecond, 0)} | ${h.p50Ms} | ${h.p99Ms} | ${h.non2xx} | ${h.errors} |`,
  ),
  "",
  `Repeated case / bare node:http: ${fmt(ratio * 100, 1)}% as shipped (cache on), ${fmt(uncachedRatio * 100, 1)}% with the cache off. Distinct cases / bare, median of three alternating rounds: ${fmt(distinct.ratio * 100, 2)}% (rounds: ${distinct.rounds.map((r) => fmt(r.ratio * 100, 2)).join(", ")}%).`,
];
console.log(lines.join("\n"));
await writeFile(
  fileURLToPath(new URL("results.json", import.meta.url)),
  `${JSON.stringify({ goals, curated, generated, embeddedApi, neo4j, http, distinct, ratio, uncachedRatio, loads, host, quick }, null, 2)}\n`,
);
