import type { AddressInfo } from "node:net";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createResponseCache, isCacheableOperation } from "./response-cache";
import { createTestApi } from "./test-helpers";

describe("which requests are cacheable", () => {
  it.each([
    ['{ node(id: "fever") { id } }', undefined, true],
    ['query A { search(text: "x") { score } } query B { node(id: "y") { id } }', "B", true],
    ['query A { search(text: "x") { score } } query B { node(id: "y") { id } }', undefined, false],
    ["mutation { deleteEverything }", undefined, false],
    ["{ teachingPaths { totalCount } }", undefined, false],
    ['{ node(id: "fever") { id } teachingPaths { totalCount } }', undefined, false],
    ['subscription { node(id: "fever") { id } }', undefined, false],
  ])("%s (%s) -> %s", (query, operationName, expected) => {
    expect(isCacheableOperation(parse(query), operationName)).toBe(expected);
  });
});

describe("the LRU", () => {
  it("expires, evicts the least recently used, and keeps only clean 200s", async () => {
    const cache = createResponseCache({ ttlMs: 50, maxEntries: 2 });
    const ok = { status: 200, headers: [], body: "{}" };
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

describe("keeping repeated requests only", () => {
  it("keeps an answer from the second miss of the same request on, unless told to keep every one", () => {
    const cache = createResponseCache({ ttlMs: 60_000 });
    expect(cache.worthKeeping("a")).toBe(false);
    expect(cache.worthKeeping("b")).toBe(false);
    expect(cache.worthKeeping("a")).toBe(true);
    cache.clear();
    expect(cache.worthKeeping("a")).toBe(false);
    const every = createResponseCache({ ttlMs: 60_000, keepRepeatsOnly: false });
    expect(every.worthKeeping("a")).toBe(true);
  });

  it("remembers the last misses in two generations of maxEntries, a few bytes each", () => {
    const cache = createResponseCache({ ttlMs: 60_000, maxEntries: 3 });
    for (const key of ["a", "b", "c", "d", "e", "f"]) expect(cache.worthKeeping(key)).toBe(false);
    // "a", "b", "c" went into the older generation when "d" came; "g" then pushes them out.
    expect(cache.worthKeeping("c")).toBe(true);
    expect(cache.worthKeeping("g")).toBe(false);
    expect(cache.worthKeeping("a")).toBe(false);
    expect(cache.worthKeeping("f")).toBe(true);
  });
});

describe("the byte bound", () => {
  const answer = (bytes: number) => ({
    status: 200,
    headers: [["content-type", "application/json"]] as [string, string][],
    body: "x".repeat(bytes),
  });

  it("keeps the keys, bodies and headers it holds under maxBytes, evicting the least recently used", () => {
    const cache = createResponseCache({ ttlMs: 60_000, maxBytes: 10_000 });
    for (let i = 0; i < 50; i++) cache.set(`key ${i} ${"k".repeat(500)}`, answer(1000));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.bytes).toBeGreaterThan(5_000);
    expect(cache.size).toBeLessThan(10);
    expect(cache.get(`key 49 ${"k".repeat(500)}`)).toBeDefined();
    expect(cache.get(`key 0 ${"k".repeat(500)}`)).toBeUndefined();
  });

  it("counts a long key (a 100 KB request body) as well as the answer", () => {
    const cache = createResponseCache({ ttlMs: 60_000, maxBytes: 150_000 });
    cache.set("a".repeat(100_000), answer(10));
    cache.set("b".repeat(100_000), answer(10));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBeGreaterThan(100_000);
  });

  it("never keeps an answer bigger than the whole bound, and frees the bytes of what it drops", async () => {
    const cache = createResponseCache({ ttlMs: 20, maxBytes: 5_000 });
    cache.set("huge", answer(6_000));
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
    cache.set("small", answer(100));
    cache.set("small", answer(200));
    expect(cache.size).toBe(1);
    const one = cache.bytes;
    await new Promise((r) => setTimeout(r, 30));
    expect(cache.get("small")).toBeUndefined();
    expect(cache.bytes).toBe(0);
    expect(one).toBeGreaterThan(200);
    cache.set("again", answer(100));
    cache.clear();
    expect(cache.bytes).toBe(0);
  });

  it("is RESPONSE_CACHE_MAX_BYTES in the environment, 64 MiB by default", async () => {
    const { readEnv } = await import("./env");
    expect(readEnv({}).responseCacheMaxBytes).toBe(64 * 1024 * 1024);
    expect(readEnv({ RESPONSE_CACHE_MAX_BYTES: "1048576" }).responseCacheMaxBytes).toBe(1_048_576);
    expect(() => readEnv({ RESPONSE_CACHE_MAX_BYTES: "12" })).toThrow(/RESPONSE_CACHE_MAX_BYTES/);
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

  it("answers a repeated anonymous query from memory, byte for byte, from its third time on", async () => {
    const query = '{ search(text: "fever", kinds: [FINDING]) { node { id } } }';
    const first = await post(query);
    expect(server.cache.size).toBe(0); // seen once: not kept
    const before = searches;
    const second = await post(query);
    expect(searches).toBe(before + 1); // the second time is worked out again, then kept
    expect(server.cache.size).toBe(1);
    const third = await post(query);
    expect(searches).toBe(before + 1);
    const body = await first.text();
    expect(await second.text()).toBe(body);
    expect(await third.text()).toBe(body);
    expect(third.headers.get("content-type")).toBe(first.headers.get("content-type"));
    // The header plugins still run on a hit.
    expect(third.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never caches errors, and never serves authenticated requests from it", async () => {
    const bad = '{ search(text: "") { score } }';
    await post(bad);
    await post(bad);
    expect(server.cache.size).toBe(1);
    const query = '{ search(text: "dysuria") { node { id } } }';
    await post(query, { authorization: "Bearer x" });
    await post(query, { authorization: "Bearer x" });
    expect(server.cache.size).toBe(1);
  });

  it("never caches a query that does not parse, and answers it with its error each time", async () => {
    const before = server.cache.size;
    for (let i = 0; i < 2; i++) {
      const res = await post("{ broken");
      expect(JSON.stringify(await res.json())).toContain("Syntax Error");
    }
    expect(server.cache.size).toBe(before);
  });

  it("serves GET queries too", async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent('{ node(id: "fever") { name } }')}`, {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(await res.json()).toEqual({ data: { node: { name: "Fever" } } });
  });
});

describe("one-off requests and the answers asked for again", () => {
  it("a stream of never-repeated queries neither stores its answers nor evicts a repeated one", async () => {
    const { store } = await createTestApi();
    let searches = 0;
    const counting = {
      ...store,
      search: (...args: Parameters<typeof store.search>) => {
        searches++;
        return store.search(...args);
      },
    };
    // Room for a few answers only: without the doorkeeper the one-offs below would push `hot` out.
    const api = createApiServer({
      store: counting,
      logging: false,
      responseCacheTtlMs: 60_000,
      responseCacheMaxBytes: 8_000,
    });
    await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
    const post = (query: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
    try {
      const hot = '{ search(text: "fever", kinds: [FINDING]) { node { id } } }';
      await post(hot);
      await post(hot);
      expect(api.cache.size).toBe(1);
      for (let i = 0; i < 40; i++) await post(`{ search(text: "pain ${i}") { node { id } } }`);
      expect(api.cache.size).toBe(1);
      const before = searches;
      expect((await post(hot)).status).toBe(200);
      expect(searches).toBe(before); // still a hit
    } finally {
      api.server.close();
      await store.close();
    }
  });
});
