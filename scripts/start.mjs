#!/usr/bin/env node
// Builds the web app for production, then runs the API and the web app side by side on the
// embedded graph (or Neo4j when NEO4J_URI is set). Ctrl-C stops both.
import { spawn, spawnSync } from "node:child_process";

const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["pnpm"];
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
};
const apiPort = env.API_PORT || "4000";
const webPort = env.PORT || "3000";
env.API_URL ||= `http://127.0.0.1:${apiPort}`;
// The web app on this machine is the API's proxy: the API believes the browser id it forwards
// (each visitor gets their own fair share; see apps/web/src/api/browser-id.ts).
env.TRUSTED_PROXY ||= "127.0.0.1,::1";

function run(args, label) {
  const [cmd, ...rest] = [...pnpm, ...args];
  // Each server in its own process group, so stopping reaches pnpm's children too.
  const child = spawn(cmd, rest, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    let partial = "";
    stream.on("data", (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) process.stdout.write(`[${label}] ${line}\n`);
    });
  }
  return child;
}

console.log("building the web app (production)...");
const [cmd, ...rest] = [...pnpm, "exec", "turbo", "run", "build", "--filter=@bpx/web"];
const build = spawnSync(cmd, rest, { env, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  run(["--filter", "@bpx/api", "start"], "api"),
  run(["--filter", "@bpx/web", "start"], "web"),
];
console.log(
  `explorer: http://localhost:${webPort}   GraphQL: http://localhost:${apiPort}/graphql   (Ctrl-C to stop)`,
);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 3000).unref();
}
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
