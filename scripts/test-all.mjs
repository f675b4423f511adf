#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find: format and lint, types, the
// vitest suites of every package (the store-touching ones once per engine: embedded Grafeo, then a
// real Neo4j server this script starts), then Playwright end-to-end against production builds in
// Debian's Chromium. Every package runs even when one fails. Ends with one "N passed, N failed,
// N skipped" line, after a line per package and engine.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launcherEnv, MISSING_TOOLS, testConnection, testServerEnv } from "./lib/test-neo4j.mjs";
import { playwrightCounts, printSummary, vitestCounts } from "./lib/test-report.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["pnpm"];
const CI = Boolean(process.env.CI) && process.env.CI !== "false";
// `pnpm test -- --neo4j-only`: just the Neo4j server and the Neo4j passes, for work on that path.
const neo4jOnly = process.argv.includes("--neo4j-only");
const started = Date.now();
const test = testServerEnv(process.env);
const env = {
  ...process.env,
  ...test,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  FORCE_COLOR: CI ? "0" : "1",
};
// The suites delete data: they only ever see the test server (NEO4J_TEST_*), never a developer's.
for (const key of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[key];

/** Vitest passes in order: engine-free and embedded first, then the same suites on Neo4j. */
const PASSES = [
  ["packages/domain", "@bpx/domain", "none"],
  ["packages/schema", "@bpx/schema", "none"],
  ["packages/neo4j-server", "@bpx/neo4j-server", "none"],
  ["apps/web", "@bpx/web", "none"],
  ["packages/graph-store", "@bpx/graph-store", "embedded"],
  ["apps/api", "@bpx/api", "embedded"],
  ["packages/neo4j-server", "@bpx/neo4j-server", "neo4j"],
  ["packages/graph-store", "@bpx/graph-store", "neo4j"],
  ["apps/api", "@bpx/api", "neo4j"],
].map(([dir, pkg, engine]) => ({ dir, pkg, engine }));

let current = null;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping after the current step (and stopping Neo4j)`);
    current?.kill(signal);
  });
}

/** Runs a command (`pnpm` first means the pnpm running this script); resolves with its exit code. */
function run(args, { cwd = root, extraEnv = {}, onStderr } = {}) {
  const [cmd, ...rest] = args[0] === "pnpm" ? [...pnpm, ...args.slice(1)] : args;
  return new Promise((resolve) => {
    const child = spawn(cmd, rest, {
      cwd,
      env: { ...env, ...extraEnv },
      stdio: ["ignore", "inherit", onStderr ? "pipe" : "inherit"],
    });
    current = child;
    child.stderr?.on("data", (chunk) => onStderr?.(chunk.toString("utf8")));
    child.on("error", () => resolve(127));
    child.on("close", (code) => {
      current = null;
      resolve(code ?? 1);
    });
  });
}

const failedSteps = [];
async function step(title, args, options) {
  console.log(`\n=== ${title}`);
  const t0 = Date.now();
  const code = interrupted ? 130 : await run(args, options);
  console.log(
    `=== ${title}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) failedSteps.push(title);
  return code;
}

const launcher = (command) => [process.execPath, "--import", "tsx", "src/cli.ts", command];
const launcherOptions = (onStderr) => ({
  cwd: join(root, "packages/neo4j-server"),
  extraEnv: launcherEnv(test),
  onStderr: (text) => {
    process.stderr.write(text.replace(/^(?=.)/gm, "[neo4j] "));
    onStderr?.(text);
  },
});

/** Starts the test server; resolves with the tests' NEO4J_TEST_* variables, or why there are none. */
async function startTestNeo4j() {
  let output = "";
  const code = await step(
    `Neo4j test server (${test.NEO4J_TEST_DATA_DIR}, bolt port ${test.NEO4J_TEST_BOLT_PORT})`,
    launcher("start"),
    launcherOptions((text) => (output += text)),
  );
  if (code === 0) {
    const connection = testConnection(root, test);
    if (connection) return { connection };
    return { reason: "the launcher wrote no connection file" };
  }
  const reason = output.trim().split("\n").at(-1) ?? `exit ${code}`;
  if (code === MISSING_TOOLS && !CI) {
    // A developer's machine without Java: the Neo4j passes are skipped, loudly. CI must run them.
    failedSteps.pop();
    return { reason, skip: true };
  }
  return { reason };
}

/** How many test files a pass would have run (vitest lists them without importing them). */
async function countFiles(pass) {
  let out = "";
  const [cmd, ...rest] = [...pnpm, "--filter", pass.pkg, "exec", "vitest", "list", "--filesOnly", "--json"];
  await new Promise((resolve) => {
    const child = spawn(cmd, rest, { cwd: root, env: { ...env, TEST_ENGINE: pass.engine } });
    child.stdout.on("data", (d) => (out += d));
    child.on("close", resolve);
  });
  try {
    return JSON.parse(out.slice(out.indexOf("["))).length;
  } catch {
    return 0;
  }
}

const rows = [];
let neo4j = null;
try {
  if (!neo4jOnly) {
    await step("Debian chromium", ["bash", "scripts/ensure-chromium.sh"]);
    await step("biome (format + lint)", ["pnpm", "exec", "biome", "check", "."]);
    await step("typecheck (tsc --noEmit, strict)", ["pnpm", "exec", "turbo", "run", "typecheck"]);
  }
  for (const pass of PASSES.filter((p) => !neo4jOnly || p.engine === "neo4j")) {
    if (interrupted) break;
    if (pass.engine === "neo4j" && neo4j === null) neo4j = await startTestNeo4j();
    const row = { tool: "vitest", pkg: pass.pkg, engine: pass.engine, ok: true, counts: null };
    rows.push(row);
    if (pass.engine === "neo4j" && !neo4j.connection) {
      const files = await countFiles(pass);
      row.notRun = `${neo4j.reason} (${files} test file${files === 1 ? "" : "s"} ${neo4j.skip ? "skipped" : "not run"})`;
      row.ok = Boolean(neo4j.skip);
      row.counts = { passed: 0, failed: 0, skipped: neo4j.skip ? files : 0, note: "" };
      continue;
    }
    const report = `test-results/vitest-${pass.engine}.json`;
    rmSync(join(root, pass.dir, report), { force: true });
    const code = await step(
      `vitest ${pass.pkg} [${pass.engine === "none" ? "no engine" : pass.engine}]`,
      [
        "pnpm",
        "--filter",
        pass.pkg,
        "run",
        "test",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ],
      { extraEnv: { TEST_ENGINE: pass.engine === "neo4j" ? "neo4j" : "embedded", ...neo4j?.connection } },
    );
    row.ok = code === 0;
    row.counts = vitestCounts(join(root, pass.dir, report));
  }
  // Neo4j is done with: free its memory and cores for the browser tests.
  if (neo4j?.connection && !interrupted) {
    if ((await step("stop the Neo4j test server", launcher("stop"), launcherOptions())) === 0) neo4j = null;
  }
  if (!neo4jOnly) {
    const e2e = await step("end-to-end (Playwright, production builds, Debian chromium)", [
      "pnpm",
      "--filter",
      "@bpx/web",
      "run",
      "test:e2e",
    ]);
    rows.push({
      tool: "playwright",
      pkg: "@bpx/web",
      engine: "embedded",
      ok: e2e === 0,
      counts: playwrightCounts(join(root, "apps/web/test-results/e2e.json")),
    });
  }
} finally {
  // Whatever happened above (a failure, Ctrl-C), the test server does not outlive the suite.
  if (neo4j !== null) await run(launcher("stop"), launcherOptions());
}

const otherFailures = failedSteps.filter((t) => !t.startsWith("vitest ") && !t.startsWith("end-to-end"));
if (interrupted) console.log("\ninterrupted: the steps after the interruption did not run");
const totals = printSummary(rows, otherFailures, (Date.now() - started) / 1000);
process.exit(interrupted ? 130 : totals.failed === 0 && failedSteps.length === 0 ? 0 : 1);
