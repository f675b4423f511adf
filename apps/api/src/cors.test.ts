import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { readEnv } from "./env";
import { createTestApi } from "./test-helpers";

const { store } = await createTestApi();
afterAll(() => store.close());

const ALLOWED = ["https://teach.example", "https://wards.example"];

/** A real HTTP server (with the answer cache on) and a way to call it from a given Origin. */
async function serve(corsOrigins: string[] | undefined) {
  const api = createApiServer({
    store,
    logging: false,
    responseCacheTtlMs: 60_000,
    ...(corsOrigins ? { corsOrigins } : {}),
  });
  await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
  const call = (origin: string | undefined, init: RequestInit = {}) =>
    fetch(url, {
      method: "POST",
      body: JSON.stringify({ query: '{ node(id: "fever") { name } }' }),
      ...init,
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(origin ? { origin } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  return { api, call, close: () => api.server.close() };
}

/** The CORS headers of an answer, by name. */
const corsOf = (res: Response) =>
  Object.fromEntries([...res.headers.entries()].filter(([name]) => name.startsWith("access-control-")));

describe("CORS without CORS_ORIGINS (the default)", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(undefined);
  });
  afterAll(() => server.close());

  it("gives no site's pages access, and never allows credentials", async () => {
    const res = await server.call("https://evil.example");
    expect(res.status).toBe(200);
    expect(corsOf(res)).toEqual({});
  });
});

describe("CORS with an allow-list", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(ALLOWED);
  });
  afterAll(() => server.close());

  it("allows a listed origin by name, without credentials, and says the answer varies by Origin", async () => {
    const res = await server.call("https://teach.example");
    expect(corsOf(res)).toEqual({ "access-control-allow-origin": "https://teach.example" });
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("answers a listed origin's preflight, and gives an unlisted one nothing", async () => {
    const preflight = (origin: string) =>
      server.call(origin, {
        method: "OPTIONS",
        body: null,
        headers: {
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
    const allowed = await preflight("https://wards.example");
    expect(allowed.status).toBe(204);
    expect(corsOf(allowed)).toEqual({
      "access-control-allow-origin": "https://wards.example",
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "content-type, authorization, accept",
      "access-control-max-age": "600",
    });
    expect(corsOf(await preflight("https://evil.example"))).toEqual({});
  });

  it("never replays one origin's CORS headers to another from the cache", async () => {
    const query = { query: '{ node(id: "pyelonephritis") { name } }' };
    const first = await server.call("https://teach.example", { body: JSON.stringify(query) });
    expect(corsOf(first)).toEqual({ "access-control-allow-origin": "https://teach.example" });
    const before = server.api.cache.size;
    const second = await server.call("https://wards.example", { body: JSON.stringify(query) });
    expect(server.api.cache.size).toBe(before); // a hit, not a new entry
    expect(corsOf(second)).toEqual({ "access-control-allow-origin": "https://wards.example" });
    expect(await second.json()).toEqual({ data: { node: { name: "Pyelonephritis of pregnancy" } } });
    expect(corsOf(await server.call("https://evil.example", { body: JSON.stringify(query) }))).toEqual({});
    expect(corsOf(await server.call(undefined, { body: JSON.stringify(query) }))).toEqual({});
  });
});

describe("CORS_ORIGINS in the environment", () => {
  it("is a comma-separated list of origins, empty by default, and refuses anything else", () => {
    expect(readEnv({}).corsOrigins).toEqual([]);
    expect(readEnv({ CORS_ORIGINS: "https://teach.example, http://localhost:3000" }).corsOrigins).toEqual([
      "https://teach.example",
      "http://localhost:3000",
    ]);
    for (const bad of ["*", "teach.example", "https://teach.example/path", "https://teach.example/"])
      expect(() => readEnv({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
  });
});
