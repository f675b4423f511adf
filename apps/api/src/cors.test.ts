import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { createTestApi, listenTestServer } from "./test-helpers";

const { store } = await createTestApi();
afterAll(() => store.close());

const ALLOWED = ["https://teach.example", "https://wards.example"];

/** A real HTTP server (with the answer cache on) and a way to call it from a given Origin. */
async function serve(corsOrigins: string[] | undefined) {
  const server = await listenTestServer({
    store,
    logging: false,
    responseCacheTtlMs: 60_000,
    ...(corsOrigins ? { corsOrigins } : {}),
  });
  const call = (origin: string | undefined, init: RequestInit = {}) =>
    server.post(JSON.stringify({ query: '{ node(id: "fever") { name } }' }), {
      ...init,
      headers: {
        accept: "application/graphql-response+json",
        ...(origin ? { origin } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  return { ...server, call };
}

/** Serves the API for the tests of the enclosing describe: started before them, closed after. */
function serveDuringTests(corsOrigins: string[] | undefined) {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(corsOrigins);
  });
  afterAll(() => server?.close());
  return () => {
    if (!server) throw new Error("the server starts before the tests");
    return server;
  };
}

/** The CORS headers of an answer, by name. */
const corsOf = (res: Response) =>
  Object.fromEntries([...res.headers.entries()].filter(([name]) => name.startsWith("access-control-")));

describe("CORS without CORS_ORIGINS (the default)", () => {
  const server = serveDuringTests(undefined);

  it("gives no site's pages access, and never allows credentials", async () => {
    const res = await server().call("https://evil.example");
    expect(res.status).toBe(200);
    expect(corsOf(res)).toEqual({});
  });
});

describe("CORS with an allow-list", () => {
  const server = serveDuringTests(ALLOWED);

  it("allows a listed origin by name, without credentials, and says the answer varies by Origin", async () => {
    const res = await server().call("https://teach.example");
    expect(corsOf(res)).toEqual({ "access-control-allow-origin": "https://teach.example" });
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("answers a listed origin's preflight, and gives an unlisted one nothing", async () => {
    const preflight = (origin: string) =>
      server().call(origin, {
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
    // Twice: the cache keeps an answer from the second time its request is seen.
    await server().call("https://teach.example", { body: JSON.stringify(query) });
    const first = await server().call("https://teach.example", { body: JSON.stringify(query) });
    expect(corsOf(first)).toEqual({ "access-control-allow-origin": "https://teach.example" });
    const before = server().api.cache.size;
    const second = await server().call("https://wards.example", { body: JSON.stringify(query) });
    expect(server().api.cache.size).toBe(before); // a hit, not a new entry
    expect(corsOf(second)).toEqual({ "access-control-allow-origin": "https://wards.example" });
    expect(await second.json()).toEqual({ data: { node: { name: "Pyelonephritis of pregnancy" } } });
    expect(corsOf(await server().call("https://evil.example", { body: JSON.stringify(query) }))).toEqual({});
    expect(corsOf(await server().call(undefined, { body: JSON.stringify(query) }))).toEqual({});
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
