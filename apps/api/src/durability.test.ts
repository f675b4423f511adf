import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const APP_DIR = fileURLToPath(new URL("..", import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** Starts the real API process on the embedded store and waits until /ready answers. */
async function startApi(dataDir: string, port: number) {
  // One process, as `pnpm start` runs it (node --import tsx): the tsx CLI would add a wrapper
  // process, and a SIGKILL of the wrapper would leave the real server holding the database.
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: APP_DIR,
    env: { ...process.env, GRAPH_DATA_DIR: dataDir, API_PORT: String(port), NEO4J_URI: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
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
    // The log line and the HTTP answer travel separately: wait for both.
    if (ok && output.includes("GraphQL API on")) return { child, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready in time: ${output}`);
}

async function graphCounts(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: '{ neighborhood(ids: ["pyelonephritis"], depth: 2) { nodes { id } edges { id } } }',
    }),
  });
  const body = (await res.json()) as { data: { neighborhood: { nodes: unknown[]; edges: unknown[] } } };
  return { nodes: body.data.neighborhood.nodes.length, edges: body.data.neighborhood.edges.length };
}

describe("durability of the embedded store", () => {
  it("SIGKILL after the first load loses nothing: the restart finds the graph loaded and up to date", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "bpx-durability-"));
    const port = await freePort();
    const first = await startApi(dataDir, port);
    expect(first.output()).toContain("curated graph loaded (empty)");
    const before = await graphCounts(port);
    expect(before.nodes).toBeGreaterThan(10);

    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const second = await startApi(dataDir, port);
    expect(second.output()).toContain("curated graph up to date");
    expect(await graphCounts(port)).toEqual(before);
  }, 120_000);

  it("SIGTERM closes the database and exits cleanly", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "bpx-sigterm-"));
    const port = await freePort();
    const api = await startApi(dataDir, port);
    const exited = new Promise<number | null>((resolve) => api.child.once("exit", (code) => resolve(code)));
    api.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(api.output()).toContain("SIGTERM: closing");
  }, 120_000);
});
