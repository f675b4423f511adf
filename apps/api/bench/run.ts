// pnpm bench [--quick]: engine time per differential on the curated and a Hetionet-sized graph,
// then GraphQL differential throughput against a bare node:http server. Prints Markdown for
// docs/performance.md and writes bench/results.json.
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { benchCurated, benchGenerated } from "./engine-bench";
import { DENSE, generateGraph, HETIONET_SIZE } from "./generate-graph";
import { benchHttp } from "./http-bench";

const quick = process.argv.includes("--quick");
const log = (line: string) => console.error(line);

log("engine: curated graph...");
const curated = await benchCurated(quick ? 3 : 20);
const scale = quick ? 0.1 : 1;
const sized = (profile: typeof HETIONET_SIZE) => ({
  ...profile,
  conditions: profile.conditions * scale,
  findings: profile.findings * scale,
  diagnostics: profile.diagnostics * scale,
  drugs: profile.drugs * scale,
  interventions: profile.interventions * scale,
});
const generated = [];
for (const [name, profile] of [
  ["Hetionet-sized, Hetionet degrees", HETIONET_SIZE],
  ["Hetionet-sized, dense (stress)", DENSE],
] as const) {
  log(`engine: generating ${name}...`);
  const bundle = generateGraph(sized(profile));
  log(`  ${bundle.nodes.length} nodes, ${bundle.edges.length} relationships`);
  generated.push(await benchGenerated(bundle, name, quick ? 3 : 10, log));
}
log("http: autocannon...");
const http = await benchHttp(quick ? 3 : 15, 10);

const [bare, api, uncached] = http;
const ratio = api && bare ? api.requestsPerSecond / bare.requestsPerSecond : 0;
const uncachedRatio = uncached && bare ? uncached.requestsPerSecond / bare.requestsPerSecond : 0;
const fmt = (n: number, d = 2) => n.toFixed(d);
const lines = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ${new Date().toISOString()}`,
  "",
  "| graph | nodes | relationships | inputs | median candidates | store fetch (ms) | engine (ms) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...[curated, ...generated].map(
    (t) =>
      `| ${t.graph} | ${t.nodes} | ${t.relationships} | ${t.inputs} | ${t.candidates} | ${fmt(t.fetchMs)} | ${fmt(t.engineMs, 3)} |`,
  ),
  "",
  ...generated.map(
    (g) =>
      `${g.graph} / curated: engine ${fmt(g.engineMs / curated.engineMs)}x, store fetch ${fmt(g.fetchMs / curated.fetchMs)}x, total ${fmt((g.engineMs + g.fetchMs) / (curated.engineMs + curated.fetchMs))}x.`,
  ),
  "",
  "| server | requests/s | p50 (ms) | p99 (ms) | non-2xx | errors |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...http.map(
    (h) =>
      `| ${h.server} | ${fmt(h.requestsPerSecond, 0)} | ${h.p50Ms} | ${h.p99Ms} | ${h.non2xx} | ${h.errors} |`,
  ),
  "",
  `GraphQL differential throughput / bare node:http throughput: ${fmt(ratio * 100, 1)}% as shipped (cache on), ${fmt(uncachedRatio * 100, 1)}% with the cache off.`,
];
console.log(lines.join("\n"));
await writeFile(
  fileURLToPath(new URL("results.json", import.meta.url)),
  `${JSON.stringify({ curated, generated, http, ratio, uncachedRatio, quick }, null, 2)}\n`,
);
