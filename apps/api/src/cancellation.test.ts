import type { AddressInfo } from "node:net";
import type { GraphStore } from "@bpx/graph-store";
import { DEFAULT_QUERY_LIMITS } from "@bpx/schema";
import { afterAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

/**
 * The real store, with `search` answering late (after `delayMs`, with its real result) and every
 * store call recorded with the time it was made.
 */
function lateSearchStore(delayMs: number) {
  const calls: { method: string; at: number }[] = [];
  const started = performance.now();
  const store = new Proxy(api.store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        calls.push({ method: String(key), at: performance.now() - started });
        if (key === "search") await new Promise((r) => setTimeout(r, delayMs));
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
    const { store, calls } = lateSearchStore(400);
    const { server } = createApiServer({ store, logging: false });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const hungUp = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY }),
        signal: AbortSignal.timeout(100),
      }).then(
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
