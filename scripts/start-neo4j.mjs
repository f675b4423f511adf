#!/usr/bin/env node
// `pnpm start:neo4j`: the second way to run, on a real Neo4j server. Starts the project's Neo4j
// (harmless when it already runs), reads data/neo4j/connection.env, loads the curated graph when
// the server holds other content, then runs `pnpm start` (API + web) against it. Ctrl-C stops the
// API and the web app; Neo4j keeps running until `pnpm neo4j:stop`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["pnpm"];
const dataDir = process.env.NEO4J_DATA_DIR || "data/neo4j";

function runOrExit(args, env = process.env) {
  const [cmd, ...rest] = args[0] === "pnpm" ? [...pnpm, ...args.slice(1)] : args;
  const { status } = spawnSync(cmd, rest, { cwd: root, env, stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}

runOrExit(["pnpm", "--silent", "--filter", "@bpx/neo4j-server", "run", "start"]);

const file = join(root, dataDir, "connection.env");
if (!existsSync(file)) {
  console.error(`no ${file}: did neo4j:start fail?`);
  process.exit(1);
}
const env = { ...process.env };
for (const line of readFileSync(file, "utf8").split("\n")) {
  const match = /^(NEO4J_[A-Z0-9_]+)=(.*)$/.exec(line.trim());
  if (match?.[1] && match[2] !== undefined) env[match[1]] = match[2];
}

runOrExit(["pnpm", "--silent", "--filter", "@bpx/graph-store", "run", "graph:load", "--if-changed"], env);

console.log(`serving the explorer from Neo4j at ${env.NEO4J_URI} (Neo4j keeps running after Ctrl-C)`);
const child = spawn(process.execPath, [join(root, "scripts/start.mjs")], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  console.log("API and web stopped; Neo4j is still running (stop it with: pnpm neo4j:stop)");
  process.exit(code ?? 0);
});
