import { describe, expect, it } from "vitest";
import { runWithSignal } from "../abort";
import type { CypherRunner } from "../runner";
import { neo4jTestOptions, testEngineLabel } from "../testing";
import { createNeo4jRunner } from "./neo4j";

/**
 * Issue 15, item 7: a query whose request was abandoned (the client hung up, or its time ran out)
 * must not run on in the server. The runner hands the request's signal to the driver (reads) or
 * closes the session on it (writes); the error is ABORTED, never an outage, so the breaker stays
 * closed for everyone else. Each slow query carries a marker so the server's list of running
 * transactions can be searched for it (the search's own text holds the marker only in two halves).
 */
const slow = (marker: string) =>
  `UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n // ${marker}`;

/** Whether a query carrying `marker` is still running on the server, polled for up to `withinMs`. */
async function stillRunning(runner: CypherRunner, marker: string, withinMs: number): Promise<boolean> {
  const [head, tail] = [marker.slice(0, 4), marker.slice(4)];
  const deadline = Date.now() + withinMs;
  for (;;) {
    const [row] = await runner.run(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS ($head + $tail) RETURN count(*) AS n",
      { head, tail },
    );
    if (Number(row?.n) === 0) return false;
    if (Date.now() > deadline) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function abandonAfter<T>(ms: number, work: () => Promise<T>): Promise<unknown> {
  const gone = new AbortController();
  setTimeout(() => gone.abort(new Error("the client went away")), ms);
  return runWithSignal(gone.signal, work).then(
    () => null,
    (error: unknown) => error,
  );
}

describe(`an abandoned request's query stops in the server, on ${testEngineLabel("neo4j")}`, () => {
  it("a read: ABORTED, gone from the server's transactions, and the next query runs", async () => {
    const runner = createNeo4jRunner(neo4jTestOptions());
    try {
      const marker = `abandoned-read-${Date.now()}`;
      const error = await abandonAfter(300, () => runner.run(slow(marker)));
      expect(error).toMatchObject({ code: "ABORTED" });
      expect(await stillRunning(runner, marker, 3000)).toBe(false);
      expect(await runner.run("RETURN 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await runner.close();
    }
  });

  it("a write transaction: ABORTED, rolled back and gone from the server", async () => {
    const runner = createNeo4jRunner(neo4jTestOptions());
    try {
      const marker = `abandoned-write-${Date.now()}`;
      const error = await abandonAfter(300, () =>
        runner.transaction(async (tx) => {
          await tx.run("CREATE (:AbandonedWrite {marker: $marker})", { marker });
          return tx.run(slow(marker));
        }),
      );
      expect(error).toMatchObject({ code: "ABORTED" });
      expect(await stillRunning(runner, marker, 3000)).toBe(false);
      const [row] = await runner.run("MATCH (n:AbandonedWrite {marker: $marker}) RETURN count(n) AS n", {
        marker,
      });
      expect(row?.n).toBe(0);
    } finally {
      await runner.close();
    }
  });

  it("(without a signal the same query is still running: the server's own time limit ends it)", async () => {
    const runner = createNeo4jRunner({ ...neo4jTestOptions(), queryTimeoutMs: 2000 });
    const marker = `unabandoned-${Date.now()}`;
    const running = runner.run(slow(marker)).catch(() => undefined);
    try {
      await new Promise((r) => setTimeout(r, 600));
      expect(await stillRunning(runner, marker, 0)).toBe(true);
    } finally {
      await running;
      await runner.close();
    }
  });
});
