import { describe, expect, it } from "vitest";
import { StoreError } from "../errors";
import { neo4jTestOptions, testEngineLabel } from "../testing";
import { createNeo4jRunner } from "./neo4j";

/**
 * Issue 15, item 7: work whose request timed out must not run on. Neo4j stops a query at the
 * runner's `queryTimeoutMs` (its transaction timeout); the error is a QUERY error, so one slow
 * query never trips the outage breaker for everyone else.
 */
const SLOW = "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n";

describe(`the server stops slow work, on ${testEngineLabel("neo4j")}`, () => {
  it("stops a query past queryTimeoutMs with a QUERY error, and the next query runs", async () => {
    const runner = createNeo4jRunner({ ...neo4jTestOptions(), queryTimeoutMs: 300 });
    try {
      const started = Date.now();
      const error = await runner.run(SLOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("QUERY");
      expect((error as StoreError).message).toContain("time limit");
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await runner.run("RETURN 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await runner.close();
    }
  });

  it("stops a write transaction past it too", async () => {
    const runner = createNeo4jRunner({ ...neo4jTestOptions(), queryTimeoutMs: 300 });
    try {
      await expect(runner.transaction((tx) => tx.run(SLOW))).rejects.toMatchObject({ code: "QUERY" });
    } finally {
      await runner.close();
    }
  });

  it("lets a bulk read (each) outlive the request limit, under its own limit", async () => {
    // The knowledge snapshot's reads scale with the graph: on a fresh server they took longer than
    // the API's 10 s request limit, and every build failed and retried.
    const runner = createNeo4jRunner({ ...neo4jTestOptions(), queryTimeoutMs: 300 });
    try {
      const rows: unknown[] = [];
      await runner.each?.(SLOW, {}, (row) => rows.push(row));
      expect(rows).toEqual([{ n: 28571428 }]);
    } finally {
      await runner.close();
    }
    const bounded = createNeo4jRunner({ ...neo4jTestOptions(), bulkQueryTimeoutMs: 300 });
    try {
      await expect(bounded.each?.(SLOW, {}, () => {})).rejects.toMatchObject({ code: "QUERY" });
    } finally {
      await bounded.close();
    }
  });
});
