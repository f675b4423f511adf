import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../errors";
import type { CypherRunner, Row } from "../runner";
import { createTestRunner, testEngineLabel } from "../testing";

/** A runner's bulk read (`each`), on every runner (TEST_ENGINE): what `run` returns, row by row. */
describe(`a runner's bulk read [${testEngineLabel()}]`, () => {
  let runner: CypherRunner;
  beforeAll(() => {
    runner = createTestRunner();
  });
  afterAll(() => runner.close());

  const ROWS =
    "UNWIND range(1, $n) AS i RETURN i, 'row ' + toString(i) AS label, [i, i * 2] AS pair ORDER BY i";

  it("hands on the same rows as run, in the same order, one call per row", async () => {
    // More rows than the Neo4j driver's fetch size (1,000), so several batches are streamed.
    const n = 2500;
    const expected = await runner.run(ROWS, { n });
    expect(expected).toHaveLength(n);
    const rows: Row[] = [];
    await runner.each?.(ROWS, { n }, (row) => rows.push(row));
    expect(rows).toEqual(expected);
    expect(rows[2499]).toEqual({ i: 2500, label: "row 2500", pair: [2500, 5000] });
  });

  it("stops at the caller's own error and hands it back as the same object", async () => {
    class Enough extends Error {}
    const enough = new Enough("enough rows");
    let seen = 0;
    const outcome = await runner
      .each?.(ROWS, { n: 5000 }, () => {
        seen++;
        if (seen === 10) throw enough;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(enough);
    expect(seen).toBe(10);
    // The runner is still usable.
    expect(await runner.run("RETURN 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("turns the engine's error into a StoreError", async () => {
    const outcome = await runner.each?.("RETURN nonsense(", {}, () => {}).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(StoreError);
    expect((outcome as StoreError).code).toBe("QUERY");
  });
});
