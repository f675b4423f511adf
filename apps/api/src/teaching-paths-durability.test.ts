import type { ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, startApiProcess } from "./api-process";

const TOKEN = "durability-educator-token-42";
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** One GraphQL call as an educator; null when the server did not answer 200 with data. */
async function write(
  port: number,
  query: string,
  variables: object,
): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    if (res.status !== 200) return null;
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    return body.errors || !body.data ? null : body.data;
  } catch {
    return null;
  }
}

const CREATE = `mutation($title: String!) { createTeachingPath(input: { title: $title, steps: [{ nodeId: "fever", annotation: "x" }] }) { id version title } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $title: String!) { updateTeachingPath(id: $id, expectedVersion: $v, patch: { title: $title }) { id version title } }`;

type Acked = { id: string; version: number; title: string };

/** Creates a path, then updates it until the server stops answering; records each acknowledged write. */
async function writer(port: number, name: string, acked: Map<string, Acked>, stop: () => boolean) {
  const created = (await write(port, CREATE, { title: `${name}-0` }))?.createTeachingPath as
    | Acked
    | undefined;
  if (!created) return;
  acked.set(created.id, created);
  for (let n = 1; !stop(); n++) {
    const last = acked.get(created.id) as Acked;
    const data = await write(port, UPDATE, { id: created.id, v: last.version, title: `${name}-${n}` });
    if (!data) return;
    acked.set(created.id, data.updateTeachingPath as Acked);
  }
}

describe("durability of teaching-path writes on the embedded store", () => {
  it("SIGKILL mid-series of writes: after a restart every acknowledged write is there, at its version", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "bpx-paths-durability-"));
    const port = await freePort();
    const env = { API_TOKENS: `educator:${TOKEN}`, RESPONSE_CACHE_TTL: "0" };
    const first = await startApiProcess(dataDir, port, env);
    children.push(first.child);
    expect(first.output()).toContain("teaching paths seeded: 3");

    const acked = new Map<string, Acked>();
    let killed = false;
    let finished = false;
    const writers = Promise.all(
      Array.from({ length: 4 }, (_, i) => writer(port, `w${i}`, acked, () => killed)),
    );
    void writers.then(() => (finished = true));
    const writes = () => [...acked.values()].reduce((n, a) => n + a.version, 0);
    // Kill while writes are in flight: once enough have been acknowledged, without waiting for the rest.
    while (writes() < 40 && !finished) await new Promise((r) => setTimeout(r, 5));
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    killed = true;
    await writers;
    expect(acked.size).toBe(4);
    expect(writes()).toBeGreaterThanOrEqual(40);

    const second = await startApiProcess(dataDir, port, env);
    children.push(second.child);
    expect(second.output()).not.toContain("teaching paths seeded");
    for (const want of acked.values()) {
      const data = await write(port, `query($id: ID!) { teachingPath(id: $id) { version title } }`, {
        id: want.id,
      });
      const stored = data?.teachingPath as { version: number; title: string } | null;
      expect(stored, want.id).not.toBeNull();
      // An update in flight at the kill may have committed without its answer arriving: never less.
      expect([want.version, want.version + 1]).toContain(stored?.version);
      if (stored?.version === want.version) expect(stored.title).toBe(want.title);
    }
    const seeded = await write(port, `{ teachingPath(id: "kidney-or-spine") { version } }`, {});
    expect(seeded?.teachingPath).toEqual({ version: 1 });
  }, 120_000);
});
