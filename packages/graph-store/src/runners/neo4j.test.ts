import { createServer, type Server, type Socket } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../errors";
import { createNeo4jRunner, toNeo4jParams, toPlain } from "./neo4j";

/**
 * The real driver against addresses where no Neo4j answers: nothing listening, and a socket that
 * accepts and then says nothing. Both must fail fast with STORE_UNAVAILABLE, not hang for 30 s.
 */
describe("neo4j runner when the database is down", () => {
  let silent: Server;
  let silentPort = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it.each([
    ["nothing listening", () => "bolt://127.0.0.1:1"],
    ["a server that never answers", () => `bolt://127.0.0.1:${silentPort}`],
    ["a routing URI (cluster / Aura) with nothing listening", () => "neo4j://127.0.0.1:1"],
  ])("%s: run() fails with STORE_UNAVAILABLE within seconds", async (_name, uri) => {
    const runner = createNeo4jRunner({
      uri: uri(),
      user: "neo4j",
      password: "x",
      maxTransactionRetryTimeMs: 1000,
      connectionTimeoutMs: 1000,
    });
    const started = Date.now();
    const error = await runner.run("RETURN 1 AS ok").catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    await runner.close();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("STORE_UNAVAILABLE");
    expect(elapsed).toBeLessThan(10_000);
  });

  it("verify() fails with STORE_UNAVAILABLE", async () => {
    const runner = createNeo4jRunner({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    await expect(runner.verify()).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
    await runner.close();
  });
});

describe("neo4j value conversion", () => {
  it("turns Integers, nested lists and maps into plain values", () => {
    expect(toPlain({ a: neo4j.int(3), b: [neo4j.int(1), { c: neo4j.int(2) }], d: "x", e: null })).toEqual({
      a: 3,
      b: [1, { c: 2 }],
      d: "x",
      e: null,
    });
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });
});

describe("parameters sent to Neo4j", () => {
  it("sends whole numbers as Integers (LIMIT refuses Floats) and leaves the rest alone", () => {
    const out = toNeo4jParams({
      first: 10,
      score: 0.5,
      ids: ["a"],
      rows: [{ week: 20, props: { p: 0.25 } }],
      k: null,
    }) as Record<string, unknown>;
    expect(neo4j.isInt(out.first)).toBe(true);
    expect(out.score).toBe(0.5);
    expect(out.ids).toEqual(["a"]);
    const [row] = out.rows as { week: unknown; props: { p: unknown } }[];
    expect(neo4j.isInt(row?.week)).toBe(true);
    expect(row?.props.p).toBe(0.25);
    expect(out.k).toBeNull();
  });
});
