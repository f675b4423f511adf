import type { AddressInfo } from "node:net";
import type { GraphStore } from "@bpx/graph-store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestStore, TEST_TOKENS } from "./test-helpers";
import { parseApiTokens } from "./tokens";

let realStore: GraphStore;
beforeAll(async () => {
  realStore = await createTestStore();
});
afterAll(() => realStore.close());

/** The real store, with `search` held until `open()` is called: a request that stays in progress. */
function heldSearchStore() {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const store = new Proxy(realStore, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "search" || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await gate;
        return value.apply(target, args);
      };
    },
  }) as GraphStore;
  return { store, open };
}

const SLOW = JSON.stringify({ query: '{ search(text: "fever", first: 1) { score } }' });
const QUICK = JSON.stringify({ query: '{ node(id: "fever") { id } }' });

async function startServer(store: GraphStore, trustedProxies: string[] = []) {
  const { server } = createApiServer({
    store,
    logging: false,
    tokens: parseApiTokens(`educator:${TEST_TOKENS.educator}`),
    fairness: { maxConcurrentPerClient: 1, maxQueuedPerClient: 0, maxWaitMs: 1000, yieldMs: 50 },
    trustedProxies,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(base, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { post, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("fair scheduling in the server", () => {
  it("refuses a client over its share with 429 RATE_LIMITED and Retry-After, then serves it again", async () => {
    const { store, open } = heldSearchStore();
    const { post, close } = await startServer(store);
    try {
      const held = post(SLOW);
      await new Promise((r) => setTimeout(r, 100));
      const refused = await post(QUICK);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(await refused.json()).toEqual({
        errors: [
          {
            message: "Too many requests from this client at once; retry after 1 s.",
            extensions: { code: "RATE_LIMITED" },
          },
        ],
      });
      open();
      expect((await held).status).toBe(200);
      expect((await post(QUICK)).status).toBe(200);
    } finally {
      open();
      await close();
    }
  });

  it("serves another client meanwhile: a valid token, or an address a trusted proxy reports", async () => {
    const { store, open } = heldSearchStore();
    const { post, close } = await startServer(store, ["127.0.0.1"]);
    try {
      const held = post(SLOW, { "x-forwarded-for": "203.0.113.66" });
      await new Promise((r) => setTimeout(r, 100));
      expect((await post(QUICK, { "x-forwarded-for": "203.0.113.66" })).status).toBe(429);
      expect((await post(QUICK, { "x-forwarded-for": "198.51.100.1" })).status).toBe(200);
      // The client's own claim to the left of what the proxy saw changes nothing.
      expect((await post(QUICK, { "x-forwarded-for": "198.51.100.1, 203.0.113.66" })).status).toBe(429);
      const withToken = {
        "x-forwarded-for": "203.0.113.66",
        authorization: `Bearer ${TEST_TOKENS.educator}`,
      };
      expect((await post(QUICK, withToken)).status).toBe(200);
      // An invented token buys no slot of its own: it counts as its address.
      const invented = {
        "x-forwarded-for": "203.0.113.66",
        authorization: "Bearer invented-token-0123456789",
      };
      expect((await post(QUICK, invented)).status).toBe(429);
      open();
      expect((await held).status).toBe(200);
    } finally {
      open();
      await close();
    }
  });

  it("counts each browser the web app names as its own client, from a trusted proxy only", async () => {
    const browserA = { "x-bpx-client": "browser-a-0123456789abcdef" };
    const browserB = { "x-bpx-client": "browser-b-0123456789abcdef" };
    const trusted = heldSearchStore();
    const web = await startServer(trusted.store, ["127.0.0.1"]);
    try {
      const held = web.post(SLOW, browserA);
      await new Promise((r) => setTimeout(r, 100));
      expect((await web.post(QUICK, browserA)).status).toBe(429);
      expect((await web.post(QUICK, browserB)).status).toBe(200);
      // Not the web app's id format: the request counts as the proxy's own address, which is free.
      expect((await web.post(QUICK, { "x-bpx-client": "short" })).status).toBe(200);
      trusted.open();
      expect((await held).status).toBe(200);
    } finally {
      trusted.open();
      await web.close();
    }
    const untrusted = heldSearchStore();
    const direct = await startServer(untrusted.store);
    try {
      const held = direct.post(SLOW, browserA);
      await new Promise((r) => setTimeout(r, 100));
      // Anyone could send the header straight to the API: from an untrusted peer it names nobody.
      expect((await direct.post(QUICK, browserB)).status).toBe(429);
      untrusted.open();
      expect((await held).status).toBe(200);
    } finally {
      untrusted.open();
      await direct.close();
    }
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", async () => {
    const { store, open } = heldSearchStore();
    const { post, close } = await startServer(store);
    try {
      const held = post(SLOW, { "x-forwarded-for": "203.0.113.66" });
      await new Promise((r) => setTimeout(r, 100));
      expect((await post(QUICK, { "x-forwarded-for": "198.51.100.1" })).status).toBe(429);
      open();
      expect((await held).status).toBe(200);
    } finally {
      open();
      await close();
    }
  });
});
