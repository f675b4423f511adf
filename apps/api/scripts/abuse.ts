/**
 * Starts the real API process on a free port with a temporary data directory, then sends 1,000
 * malformed and abusive requests while normal queries run, and prints what came back. Passes only
 * with no 5xx, every answer coded and within MAX_ATTACK_MS, no teaching path written, and the p99
 * of normal queries during the barrage within 3x of its quiet value.
 * Usage: node --import tsx scripts/abuse.ts [count]   (exit code 1 when a check fails)
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ABUSE_API_TOKENS, MAX_ATTACK_MS, runBarrage } from "../src/abuse";
import { freePort, startApiProcess } from "../src/api-process";

const count = Number(process.argv[2] ?? 1000);
const dataDir = await mkdtemp(join(tmpdir(), "bpx-abuse-"));
const port = await freePort();
// Real tokens, so the cross-site write attempts carry a valid one and only their form stops them.
const { child } = await startApiProcess(dataDir, port, {
  RESPONSE_CACHE_TTL: "60",
  API_TOKENS: ABUSE_API_TOKENS,
});
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
  const fivexx = report.answers.filter((a) => a.status >= 500).length;
  const wrote = JSON.stringify(report.writes.after) !== JSON.stringify(report.writes.before);
  console.log(
    `5xx: ${fivexx}; answers over ${MAX_ATTACK_MS} ms: ${report.slow.length}; teaching paths written: ${wrote ? "YES" : "none"} (${report.writes.before.length} before, ${report.writes.after.length} after)`,
  );
  const pass =
    report.bad.length === 0 &&
    fivexx === 0 &&
    report.slow.length === 0 &&
    !wrote &&
    ratio <= 3 &&
    report.health.health === 200 &&
    report.health.ready === 200;
  for (const s of report.slow.slice(0, 10)) console.log("SLOW", s);
  for (const b of report.bad.slice(0, 10)) console.log("BAD", b);
  console.log(pass ? "PASS" : "FAIL");
  process.exitCode = pass ? 0 : 1;
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  await rm(dataDir, { recursive: true, force: true });
}
