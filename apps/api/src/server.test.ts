import type { AddressInfo } from "node:net";
import { type CypherRunner, createGraphStore, createNeo4jRunner, eachRow } from "@bpx/graph-store";
import { testEngine } from "@bpx/graph-store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestApi, createTestStore } from "./test-helpers";

async function listen(server: ReturnType<typeof createApiServer>["server"]) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("HTTP server", () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store } = await createTestApi();
    const { server } = createApiServer({ store, logging: false });
    url = await listen(server);
    close = async () => {
      server.close();
      await store.close();
    };
  });
  afterAll(() => close());

  it("/health says the process is alive", async () => {
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/ready says the store answers", async () => {
    const res = await fetch(`${url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", engine: testEngine() });
  });

  it("serves GraphiQL to a browser at /graphql", async () => {
    const res = await fetch(`${url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("GraphiQL");
  });

  it("answers GraphQL over HTTP", async () => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "fever") { name } }' }),
    });
    expect(await res.json()).toEqual({ data: { node: { name: "Fever" } } });
  });

  it.each([
    ["an unknown path", "/nothing", {}, 404, "NOT_FOUND"],
    [
      "an Accept header it cannot satisfy",
      "/graphql?query=%7B__typename%7D",
      { accept: "image/png" },
      406,
      "NOT_ACCEPTABLE",
    ],
  ])(
    "answers %s, which yoga refuses with an empty body, with a coded error",
    async (_, path, headers, status, code) => {
      const res = await fetch(`${url}${path}`, { headers });
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/json");
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe(code);
    },
  );
});

describe("/ready with a dead Neo4j", () => {
  it("answers 503 STORE_UNAVAILABLE within the ready timeout", async () => {
    const store = createGraphStore(
      createNeo4jRunner({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" }),
    );
    const { server } = createApiServer({ store, logging: false, readyTimeoutMs: 2000 });
    const url = await listen(server);
    const started = Date.now();
    const res = await fetch(`${url}/ready`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: "unavailable",
      engine: "neo4j",
      code: "STORE_UNAVAILABLE",
    });
    server.close();
    await store.close();
  });
});

describe("/ready while the knowledge snapshot is built", () => {
  it("answers 503 WARMING_UP until the snapshot differentials read exists, then ready", async () => {
    // The snapshot's bulk reads wait at a gate, as a graph of millions of relationships would.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let gated: CypherRunner | undefined;
    const loaded = await createTestStore(undefined, (runner) => {
      gated = {
        ...runner,
        each: async (query, params, onRow) => {
          await gate;
          return eachRow(runner, query, params, onRow);
        },
      };
      return runner;
    });
    const store = createGraphStore(gated as CypherRunner);
    const { server } = createApiServer({ store, logging: false, readyTimeoutMs: 300 });
    const url = await listen(server);
    try {
      const warming = await fetch(`${url}/ready`);
      expect(warming.status).toBe(503);
      expect(await warming.json()).toMatchObject({ status: "warming", code: "WARMING_UP" });
      release();
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready" });
    } finally {
      release();
      server.close();
      await loaded.close();
    }
  });
});

describe("requests Node refuses before any handler", () => {
  it("an over-long URL gets 431 with a code, and the server keeps serving", async () => {
    const { store } = await createTestApi();
    const { server } = createApiServer({ store, logging: false });
    const url = await listen(server);
    const res = await fetch(`${url}/graphql?query=${"x".repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: "REQUEST_TOO_LARGE" } }] });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    server.close();
    await store.close();
  });
});
