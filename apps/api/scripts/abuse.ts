/**
 * Starts the real API process on a free port with a temporary data directory, then sends 1,000
 * malformed and abusive requests while normal queries run, and prints what came back.
 * Usage: node --import tsx scripts/abuse.ts [count]   (exit code 1 when a check fails)
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBarrage } from "../src/abuse";
import { freePort, startApiProcess } from "../src/api-process";

const count = Number(process.argv[2] ?? 1000);
const dataDir = await mkdtemp(join(tmpdir(), "bpx-abuse-"));
const port = await freePort();
const { child } = await startApiProcess(dataDir, port, { RESPONSE_CACHE_TTL: "60" });
try {
  const report = await runBarrage(`http://127.0.0.1:${port}`, { abusive: count });
  console.log("kind | status | code | count | max ms");
  for (const [kind, k] of Object.entries(report.byKind))
    console.log(`${kind} | ${k.status} | ${k.code} | ${k.count} | ${k.maxMs}`);
  const fourxx = report.answers.filter((a) => a.status >= 400 && a.status < 500).length;
  const coded200 = report.answers.filter((a) => a.status === 200 && a.code).length;
  const ratio = report.during.p99 / report.baseline.p99;
  console.log(
    `abusive requests: ${report.answers.length}; 4xx with a code: ${fourxx}; 200 with a coded error: ${coded200}; bad: ${report.bad.length}`,
  );
  console.log(
    `normal queries alone: n=${report.baseline.count} p50=${report.baseline.p50.toFixed(1)} ms p99=${report.baseline.p99.toFixed(1)} ms`,
  );
  console.log(
    `normal queries during the barrage: n=${report.during.count} p50=${report.during.p50.toFixed(1)} ms p99=${report.during.p99.toFixed(1)} ms (${ratio.toFixed(2)}x)`,
  );
  console.log(`after: /health ${report.health.health}, /ready ${report.health.ready}`);
  const pass =
    report.bad.length === 0 && ratio <= 3 && report.health.health === 200 && report.health.ready === 200;
  for (const b of report.bad.slice(0, 10)) console.log("BAD", b);
  console.log(pass ? "PASS" : "FAIL");
  process.exitCode = pass ? 0 : 1;
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  await rm(dataDir, { recursive: true, force: true });
}
