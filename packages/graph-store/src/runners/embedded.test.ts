import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StoreError } from "../errors";
import { createEmbeddedRunner, DEFAULT_CHECKPOINT, toStoreError } from "./embedded";

/**
 * Issue 15, item 10: the embedded write-ahead log was checkpointed only on a clean shutdown. A
 * file database now checkpoints by itself (by time and by WAL size).
 */
describe("the embedded store's write-ahead log", () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), "bpx-wal-"));
    dirs.push(dir);
    return join(dir, "graph.grafeo");
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("is checkpointed periodically by default, not only at close", async () => {
    const runner = createEmbeddedRunner({ path: fresh() });
    expect(runner.checkpointStatus()).toMatchObject({
      intervalMs: DEFAULT_CHECKPOINT.intervalMs,
      walBytes: DEFAULT_CHECKPOINT.walBytes,
      stopped: false,
    });
    await runner.close();
  });

  it("checkpoints by itself while open, with the writes still there after a reopen", async () => {
    const path = fresh();
    const runner = createEmbeddedRunner({ path, checkpoint: { intervalMs: 100 } });
    // Creating the file checkpoints once; a later one (Unix seconds) can only come from the timer.
    const first = runner.checkpointStatus()?.lastCheckpoint ?? 0;
    await runner.run("CREATE (:Probe {id: 'p1'})", {}, "WRITE");
    const deadline = Date.now() + 10_000;
    while ((runner.checkpointStatus()?.lastCheckpoint ?? 0) <= first && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(runner.checkpointStatus()).toMatchObject({ failures: 0, stopped: false });
    expect(runner.checkpointStatus()?.lastCheckpoint).toBeGreaterThan(first);
    await runner.close();
    const again = createEmbeddedRunner({ path });
    expect(await again.run("MATCH (p:Probe) RETURN p.id AS id")).toEqual([{ id: "p1" }]);
    await again.close();
  });

  it("can be turned off, and has nothing to checkpoint in memory", async () => {
    const off = createEmbeddedRunner({ path: fresh(), checkpoint: null });
    expect(off.checkpointStatus()).toMatchObject({ stopped: false });
    expect(off.checkpointStatus()?.intervalMs).toBeUndefined();
    await off.close();
    const memory = createEmbeddedRunner();
    expect(memory.checkpointStatus()).toBeNull();
    await memory.close();
  });
});

describe("a full disk under the embedded store (issue 15, item 9)", () => {
  it("is STORE_UNAVAILABLE saying the disk is full, never an opaque query error", () => {
    const enospc = Object.assign(new Error("IO error: No space left on device (os error 28)"), {
      code: "ENOSPC",
    });
    const error = toStoreError(enospc, "/data/graph.grafeo");
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe("STORE_UNAVAILABLE");
    expect(error.message).toContain("is full");
    expect(error.message).toContain("/data/graph.grafeo");
    expect(toStoreError(new Error("Syntax error at line 1")).code).toBe("QUERY");
  });

  it("a failing write reports its own error, whatever the rollback does", async () => {
    const runner = createEmbeddedRunner();
    await expect(
      runner.transaction(async (tx) => {
        await tx.run("CREATE (:Probe {id: 'half'})");
        throw new Error("No space left on device");
      }),
    ).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
    expect(await runner.run("MATCH (p:Probe) RETURN p.id AS id")).toEqual([]);
    await runner.close();
  });
});
