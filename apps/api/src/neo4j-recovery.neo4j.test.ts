import type { AddressInfo } from "node:net";
import type { GraphStore } from "@bpx/graph-store";
import { testEngineLabel } from "@bpx/graph-store/testing";
import { startNeo4j, stopNeo4j, testServerSettings } from "@bpx/neo4j-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestStore } from "./test-helpers";

/**
 * The real Neo4j test server stopped under a running API, then started again: the API answers
 * STORE_UNAVAILABLE quickly while it is down and recovers by itself, with no restart.
 */
const settings = testServerSettings();
const SEARCH = JSON.stringify({ query: '{ search(text: "fever", first: 1) { node { id } } }' });

describe.skipIf(settings === null)(
  `recovery when Neo4j stops and comes back, on ${testEngineLabel()}`,
  () => {
    let store: GraphStore;
    let server: ReturnType<typeof createApiServer>["server"];
    let url: string;

    const query = async () => {
      const started = Date.now();
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: SEARCH,
      });
      // biome-ignore lint/suspicious/noExplicitAny: the response is asserted field by field
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { ms: Date.now() - started, body };
    };
    const ready = async () => {
      const started = Date.now();
      const res = await fetch(`${url}/ready`);
      return { ms: Date.now() - started, status: res.status, body: await res.json() };
    };

    beforeAll(async () => {
      store = await createTestStore("neo4j");
      // The answer cache off: every request must reach the store.
      ({ server } = createApiServer({ store, logging: false, responseCacheTtlMs: 0 }));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server?.close();
      await store?.close();
      // Whatever happened above, leave the server running for the next test file.
      if (settings) await startNeo4j(settings);
    }, 240_000);

    it("answers while Neo4j is up", async () => {
      expect((await query()).body).toEqual({ data: { search: [{ node: { id: "fever" } }] } });
      expect(await ready()).toMatchObject({ status: 200, body: { status: "ready", engine: "neo4j" } });
    });

    it("Neo4j stopped: STORE_UNAVAILABLE in under 3 s, and /ready 503", { timeout: 90_000 }, async () => {
      if (!settings) throw new Error("unreachable: the suite is skipped without a test server");
      expect((await stopNeo4j(settings)).state).toBe("stopped");
      for (let attempt = 0; attempt < 3; attempt++) {
        const { ms, body } = await query();
        expect(body.errors?.[0]).toMatchObject({
          message: "The graph database is unavailable. Try again shortly.",
          extensions: { code: "STORE_UNAVAILABLE" },
        });
        expect(ms, `attempt ${attempt}`).toBeLessThan(3000);
      }
      const down = await ready();
      expect(down).toMatchObject({
        status: 503,
        body: { status: "unavailable", engine: "neo4j", code: "STORE_UNAVAILABLE" },
      });
      expect(down.ms).toBeLessThan(3000);
    });

    it("Neo4j back: the same API answers again by itself", { timeout: 240_000 }, async () => {
      if (!settings) throw new Error("unreachable: the suite is skipped without a test server");
      expect((await startNeo4j(settings)).state).toBe("started");
      // Bolt answers now; the API's driver reconnects on its own. The fresh JVM plans each query
      // anew, which on these shared cores has taken over ten seconds: allow it, without a restart.
      const deadline = Date.now() + 30_000;
      let last = await query();
      while (last.body.errors && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        last = await query();
      }
      expect(last.body).toEqual({ data: { search: [{ node: { id: "fever" } }] } });
      expect(await ready()).toMatchObject({ status: 200, body: { status: "ready", engine: "neo4j" } });
    });
  },
);
