import type { CypherRunner, GraphStore } from "@bpx/graph-store";
import { DEFAULT_QUERY_LIMITS } from "@bpx/schema";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApi, createTestStore, listenTestServer } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

/**
 * The real store, with `search` answering late (after `delayMs`, with its real result) and every
 * store call recorded with the time it was made.
 */
function lateSearchStore(delayMs: number, onSearch: () => void = () => {}) {
  const calls: { method: string; at: number }[] = [];
  const started = performance.now();
  const store = new Proxy(api.store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        calls.push({ method: String(key), at: performance.now() - started });
        if (key === "search") {
          onSearch();
          await new Promise((r) => setTimeout(r, delayMs));
        }
        return value.apply(target, args);
      };
    },
  }) as GraphStore;
  return { store, calls };
}

const QUERY = `{ search(text: "pyelonephritis", first: 3) { node { id ...on Condition {
  evidence { quote source { title } } } } } }`;

describe("a timed-out operation", () => {
  it("starts no more store work once the client has its TIMEOUT", async () => {
    const { store, calls } = lateSearchStore(400);
    const { gql } = await createTestApi(store, { limits: { ...DEFAULT_QUERY_LIMITS, timeoutMs: 150 } });
    const { status } = await gql(QUERY);
    expect(status).toBe(504);
    await new Promise((r) => setTimeout(r, 600)); // long after search has answered
    expect(calls.filter((c) => c.method !== "search")).toEqual([]);
  });

  it("(the same query, given time, does call the store below search)", async () => {
    const { store, calls } = lateSearchStore(50);
    const { gql } = await createTestApi(store);
    const { status, body } = await gql(QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(calls.filter((c) => c.method !== "search").length).toBeGreaterThan(0);
  });
});

describe("a client that goes away", () => {
  it("stops its operation: no store work starts after it hung up", async () => {
    // The client hangs up while search is under way (not after a fixed time: on a busy machine
    // the request may not have reached search by then).
    const hangUp = new AbortController();
    const { store, calls } = lateSearchStore(400, () => setTimeout(() => hangUp.abort(), 50));
    const server = await listenTestServer({ store, logging: false });
    try {
      const hungUp = await server.post(JSON.stringify({ query: QUERY }), { signal: hangUp.signal }).then(
        () => false,
        () => true,
      );
      expect(hungUp).toBe(true);
      await new Promise((r) => setTimeout(r, 700)); // long after search has answered
      expect(calls.map((c) => c.method)).toEqual(["search"]);
    } finally {
      server.close();
    }
  });
});

/**
 * A store on the real runner of the engine under test, every query it runs recorded with the time
 * it started; once `slow` is set each query also waits `delayMs` first (a busy database), so a
 * store method that runs several queries in a row takes long enough to be abandoned part-way.
 * `work` gets the store and the start times; the store is closed after it, whatever happens.
 */
async function withCountedStore(
  delayMs: number,
  work: (store: GraphStore, queries: number[]) => Promise<void>,
) {
  const queries: number[] = [];
  let slow = false;
  const count = (runner: CypherRunner): CypherRunner => ({
    engine: runner.engine,
    location: runner.location,
    async run(query, params, mode) {
      queries.push(performance.now());
      if (slow) await new Promise((r) => setTimeout(r, delayMs));
      return runner.run(query, params, mode);
    },
    transaction: (work) => runner.transaction(work),
    verify: () => runner.verify(),
    close: () => runner.close(),
  });
  const store = await createTestStore(undefined, count);
  await store.warmTextIndex();
  await store.warmKnowledgeSnapshot();
  slow = true;
  queries.length = 0;
  try {
    await work(store, queries);
  } finally {
    await store.close();
  }
}

/** Walks three levels from one node: about six queries, one after the other, in one store call. */
const WALK = JSON.stringify({
  query: '{ neighborhood(ids: ["pyelonephritis"], depth: 3) { truncated nodes { id } } }',
});

describe("a store call that runs several queries", () => {
  it("runs them all when its request is wanted (about six for a three-level walk)", () =>
    withCountedStore(20, async (store, queries) => {
      const server = await listenTestServer({ store, logging: false });
      const res = await server.post(WALK);
      expect(res.status).toBe(200);
      server.close();
      expect(queries.length).toBeGreaterThanOrEqual(5);
    }));

  it("starts no further query once its client has hung up", () =>
    withCountedStore(150, async (store, queries) => {
      const server = await listenTestServer({ store, logging: false });
      let hungUpAt = 0;
      const hangUp = new AbortController();
      setTimeout(() => {
        hungUpAt = performance.now();
        hangUp.abort();
      }, 250);
      const answered = await server.post(WALK, { signal: hangUp.signal }).then(
        () => true,
        () => false,
      );
      expect(answered).toBe(false);
      await new Promise((r) => setTimeout(r, 1200)); // long enough for the whole walk
      server.close();
      // The server learns of the hang-up within a few milliseconds; nothing starts after that.
      expect(queries.filter((at) => at > hungUpAt + 20)).toEqual([]);
      expect(queries.length).toBeGreaterThan(0);
    }));

  it("starts no further query once its request has timed out", () =>
    withCountedStore(150, async (store, queries) => {
      const { gql } = await createTestApi(store, { limits: { ...DEFAULT_QUERY_LIMITS, timeoutMs: 250 } });
      const started = performance.now();
      const { status } = await gql(JSON.parse(WALK).query);
      expect(status).toBe(504);
      await new Promise((r) => setTimeout(r, 1200));
      expect(queries.filter((at) => at > started + 250 + 20)).toEqual([]);
    }));
});
