// pnpm --filter @bpx/neo4j-server bench [--cold]: how long the server takes to start and stop, how
// much memory it holds, and which Bolt version neo4j-driver negotiates. Uses its own folder
// (data/neo4j-lifecycle, bolt port 7690), emptied first and removed at the end.
// --cold also builds with an empty Maven repository (everything downloaded from Maven Central, as
// on a machine that never ran Maven), then removes that build so the next start uses ~/.m2 again.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startNeo4j, statusNeo4j, stopNeo4j } from "../src/launcher";
import { PACKAGE_DIR, settingsFromEnv } from "../src/settings";

const cold = process.argv.includes("--cold");
const settings = settingsFromEnv({ NEO4J_DATA_DIR: "data/neo4j-lifecycle", NEO4J_BOLT_PORT: "7690" });
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
const rows: string[] = [];
const record = (what: string, value: string) => {
  rows.push(`| ${what} | ${value} |`);
  console.error(`${what}: ${value}`);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

await stopNeo4j(settings);
await rm(settings.dir, { recursive: true, force: true });
let repo: string | null = null;
if (cold) {
  repo = await mkdtemp(join(tmpdir(), "bpx-m2-"));
  process.env.MAVEN_OPTS = `${process.env.MAVEN_OPTS ?? ""} -Dmaven.repo.local=${repo}`;
  await rm(join(PACKAGE_DIR, "target"), { recursive: true, force: true });
}
try {
  const first = await startNeo4j(settings, (line) => console.error(line));
  record(
    cold
      ? "first start, empty Maven repository (build + download + new database)"
      : "first start, new database",
    seconds(first.ms),
  );
  record("Bolt version negotiated by neo4j-driver", `${first.answer.protocol} (${first.answer.agent})`);
  await new Promise((r) => setTimeout(r, 5000));
  record("resident memory, idle, 5 s after start", `${rssMb(first.pid).toFixed(0)} MiB`);
  for (let i = 1; i <= 3; i++) {
    const stop = await stopNeo4j(settings);
    record(`stop #${i}`, `${seconds(stop.ms)} (${stop.state})`);
    const warm = await startNeo4j(settings);
    record(`warm start #${i} (existing database)`, seconds(warm.ms));
  }
  const again = await startNeo4j(settings);
  record("start while running", `${seconds(again.ms)} (${again.state})`);
  const status = await statusNeo4j(settings);
  record("status", status.answer ? "answers" : "does not answer");
} finally {
  await stopNeo4j(settings);
  await rm(settings.dir, { recursive: true, force: true });
  if (repo) {
    await rm(repo, { recursive: true, force: true });
    await rm(join(PACKAGE_DIR, "target"), { recursive: true, force: true });
  }
}
console.log(
  [
    `Neo4j lifecycle, heap ${settings.heapMb} MiB, page cache ${settings.pageCacheMb} MiB; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}; ${new Date().toISOString()}`,
    "",
    "| measure | value |",
    "| --- | --- |",
    ...rows,
  ].join("\n"),
);
