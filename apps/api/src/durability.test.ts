import type { ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, startApiProcess } from "./api-process";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

async function startApi(dataDir: string, port: number) {
  const api = await startApiProcess(dataDir, port);
  children.push(api.child);
  return api;
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
