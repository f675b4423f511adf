import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../errors";
import type { CypherRunner } from "../runner";
import { claimTestDatabase, createTestRunner, testEngineLabel } from "../testing";

/**
 * What a transaction lets out, on every runner (TEST_ENGINE): the engine's errors as StoreErrors,
 * the caller's own errors as themselves, and in both cases nothing written.
 */
describe(`a runner's transaction [${testEngineLabel()}]`, () => {
  let runner: CypherRunner;
  beforeAll(async () => {
    runner = createTestRunner();
    await claimTestDatabase(runner);
  });
  afterAll(async () => {
    await runner.run("MATCH (p:TxProbe) DELETE p", {}, "WRITE");
    await runner.close();
  });

  const probes = async (id: string) => runner.run("MATCH (p:TxProbe {id: $id}) RETURN p.id AS id", { id });

  it("hands the caller's own error back as the same object, and rolls the write back", async () => {
    const id = randomUUID();
    class Refusal extends Error {}
    const refusal = new Refusal("not this one");
    const outcome = await runner
      .transaction(async (tx) => {
        await tx.run("CREATE (:TxProbe {id: $id})", { id });
        expect(await tx.run("MATCH (p:TxProbe {id: $id}) RETURN p.id AS id", { id })).toEqual([{ id }]);
        throw refusal;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(refusal);
    expect(await probes(id)).toEqual([]);
  });

  it("turns the engine's error into a StoreError, and rolls the write back", async () => {
    const id = randomUUID();
    const outcome = await runner
      .transaction(async (tx) => {
        await tx.run("CREATE (:TxProbe {id: $id})", { id });
        await tx.run("THIS IS NOT CYPHER");
      })
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(StoreError);
    expect(outcome).toMatchObject({ code: "QUERY" });
    expect(await probes(id)).toEqual([]);
  });

  it("commits when nothing throws", async () => {
    const id = randomUUID();
    expect(
      await runner.transaction((tx) => tx.run("CREATE (:TxProbe {id: $id}) RETURN $id AS id", { id })),
    ).toEqual([{ id }]);
    expect(await probes(id)).toEqual([{ id }]);
  });
});
