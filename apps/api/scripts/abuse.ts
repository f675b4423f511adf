/**
 * Starts the real API process on a free port with a temporary data directory, then sends 1,000
 * malformed and abusive requests while normal queries run, and prints what came back. Passes only
 * with no 5xx, every answer coded and within MAX_ATTACK_MS, no teaching path written, and the p99
 * of normal queries during the barrage within 3x of its quiet value.
 * Usage: node --import tsx scripts/abuse.ts [count]   (exit code 1 when a check fails)
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ABUSE_API_TOKENS, type Answer, MAX_ATTACK_MS, runBarrage } from "../src/abuse";
import { freePort, startApiProcess } from "../src/api-process";

const count = Number(process.argv[2] ?? 1000);
const ATTACKER = fileURLToPath(new URL("./abuse-attacker.ts", import.meta.url));

/** The abusive requests, sent by scripts/abuse-attacker.ts in a process of its own. */
async function attackFromAnotherProcess(
  base: string,
  abusive: number,
  concurrency: number,
  onStarted: () => void,
): Promise<Answer[]> {
  const attacker = spawn(
    process.execPath,
    ["--import", "tsx", ATTACKER, base, String(abusive), String(concurrency)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  attacker.stdout.on("data", (chunk) => {
    output += chunk;
    if (output.startsWith("sending\n")) onStarted();
  });
  const code = await new Promise((resolve) => attacker.once("exit", resolve));
  if (code !== 0) throw new Error(`the attacker process exited with ${code}`);
  return JSON.parse(output.slice("sending\n".length)) as Answer[];
}

const dataDir = await mkdtemp(join(tmpdir(), "bpx-abuse-"));
const port = await freePort();
// Real tokens, so the cross-site write attempts carry a valid one and only their form stops them.
// As if behind a proxy on the same host: the attacker and the normal clients are told apart by
// the address it reports (X-Forwarded-For), as they would be in production by their own.
const { child } = await startApiProcess(dataDir, port, {
  RESPONSE_CACHE_TTL: "60",
  API_TOKENS: ABUSE_API_TOKENS,
  TRUSTED_PROXY: "127.0.0.1",
});
try {
  const report = await runBarrage(`http://127.0.0.1:${port}`, {
    abusive: count,
    attack: attackFromAnotherProcess,
  });
  console.log("kind | status | code | count | max ms");
  for (const [kind, k] of Object.entries(report.byKind))
    console.log(`${kind} | ${k.status} | ${k.code} | ${k.count} | ${k.maxMs}`);
  const fourxx = report.answers.filter((a) => a.status >= 400 && a.status < 500).length;
  const coded200 = report.answers.filter((a) => a.status === 200 && a.code).length;
  const rateLimited = report.answers.filter((a) => a.code === "RATE_LIMITED").length;
  const ratio = report.during.p99 / report.baseline.p99;
  console.log(
    `abusive requests: ${report.answers.length}; 4xx with a code: ${fourxx}; 200 with a coded error: ${coded200}; 429 RATE_LIMITED: ${rateLimited}; bad: ${report.bad.length}`,
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
  const slowest = Math.max(...report.answers.map((a) => a.ms));
  console.log(
    `slowest attack: ${slowest.toFixed(0)} ms; load average: ${(await readFile("/proc/loadavg", "utf8").catch(() => "n/a")).trim()}`,
  );
  console.log(pass ? "PASS" : "FAIL");
  process.exitCode = pass ? 0 : 1;
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  await rm(dataDir, { recursive: true, force: true });
}
