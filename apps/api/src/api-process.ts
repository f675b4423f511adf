import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const APP_DIR = fileURLToPath(new URL("..", import.meta.url));

/**
 * How the API's process is started (the same as `pnpm start` in apps/api): a young generation of
 * up to 32 MB per semi-space (V8's default is 16 MB on 64-bit), so the short-lived objects of a
 * request die young in fewer scavenges; measured in docs/performance.md (about a tenth less CPU
 * per distinct differential).
 */
export const API_NODE_ARGS = ["--max-semi-space-size=32", "--expose-gc", "--import", "tsx"] as const;

/** A free TCP port on localhost. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts the real API process on the embedded store in `dataDir` and waits until /ready answers.
 * One process, as `pnpm start` runs it (node --import tsx): the tsx CLI would add a wrapper, and
 * a SIGKILL of the wrapper would leave the real server holding the database.
 */
export async function startApiProcess(dataDir: string, port: number, env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(process.execPath, [...API_NODE_ARGS, MAIN], {
    cwd: APP_DIR,
    env: { ...process.env, GRAPH_DATA_DIR: dataDir, API_PORT: String(port), NEO4J_URI: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && output.includes("GraphQL API on")) return { child, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`API not ready in time: ${output}`);
}
