import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createResponseCache, isCacheableRequest } from "./response-cache";
import { createTestApi } from "./test-helpers";

describe("which requests are cacheable", () => {
  it.each([
    ['{ node(id: "fever") { id } }', undefined, true],
    ['query A { search(text: "x") { score } } query B { node(id: "y") { id } }', "B", true],
    ['query A { search(text: "x") { score } } query B { node(id: "y") { id } }', undefined, false],
    ["mutation { deleteEverything }", undefined, false],
    ["{ teachingPaths { totalCount } }", undefined, false],
    ['{ node(id: "fever") { id } teachingPaths { totalCount } }', undefined, false],
    ["{ broken", undefined, false],
    [42, undefined, false],
  ])("%s (%s) -> %s", (query, operationName, expected) => {
    expect(isCacheableRequest(query, operationName)).toBe(expected);
  });
});

describe("the LRU", () => {
  it("expires, evicts the least recently used, and keeps only clean 200s", async () => {
    const cache = createResponseCache({ ttlMs: 50, maxEntries: 2 });
    const ok = { status: 200, headers: [], body: Buffer.from("{}") };
    cache.set("a", ok);
    cache.set("b", ok);
    cache.get("a");
    cache.set("c", ok);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(ok);
    cache.set("d", { ...ok, status: 500 });
    expect(cache.get("d")).toBeUndefined();
    await new Promise((r) => setTimeout(r, 60));
    expect(cache.get("a")).toBeUndefined();
    expect(createResponseCache({ ttlMs: 0 }).enabled).toBe(false);
  });
});

describe("the API server with the response cache on", () => {
  let url: string;
  let server: ReturnType<typeof createApiServer>;
  let close: () => Promise<void>;
  let searches = 0;
  beforeAll(async () => {
    const { store } = await createTestApi();
    const counting = {
      ...store,
      search: (...args: Parameters<typeof store.search>) => {
        searches++;
        return store.search(...args);
      },
    };
    server = createApiServer({ store: counting, logging: false, responseCacheTtlMs: 60_000 });
    await new Promise<void>((resolve) => server.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/graphql`;
    close = async () => {
      server.server.close();
      await store.close();
    };
  });
  afterAll(() => close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });

  it("answers a repeated anonymous query from memory, byte for byte", async () => {
    const query = '{ search(text: "fever", kinds: [FINDING]) { node { id } } }';
    const first = await post(query);
    const before = searches;
    const second = await post(query);
    expect(searches).toBe(before);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
  });

  it("never caches errors, and never serves authenticated requests from it", async () => {
    const bad = '{ search(text: "") { score } }';
    await post(bad);
    expect(server.cache.size).toBe(1);
    const query = '{ search(text: "dysuria") { node { id } } }';
    await post(query, { authorization: "Bearer x" });
    await post(query, { authorization: "Bearer x" });
    expect(server.cache.size).toBe(1);
  });

  it("serves GET queries too", async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent('{ node(id: "fever") { name } }')}`, {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(await res.json()).toEqual({ data: { node: { name: "Fever" } } });
  });
});
