import type { AddressInfo } from "node:net";
import type { GraphStore } from "@bpx/graph-store";
import { DEFAULT_QUERY_LIMITS } from "@bpx/schema";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "./create-server";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

/** The first error of an answer, asserted to be a 400 with the code and the limit in the message. */
async function refused(
  query: string,
  code: string,
  limit: number | string,
  variables?: Record<string, unknown>,
) {
  const { status, body } = await api.gql(query, variables);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.extensions?.code).toBe(code);
  expect(body.errors?.[0]?.message).toContain(String(limit));
  return body.errors?.[0];
}

const nested = (depth: number) =>
  `{ node(id: "ibuprofen") { ...on Drug { ${"safety { statements { viaClass { ".repeat(depth)} id ${"} } }".repeat(depth)} } } }`;

describe("query limits (in-process)", () => {
  it("refuses an operation deeper than maxDepth with LIMIT_EXCEEDED", async () => {
    const error = await refused(nested(5), "LIMIT_EXCEEDED", DEFAULT_QUERY_LIMITS.maxDepth);
    expect(error.extensions).toMatchObject({ limit: "depth", max: 12, actual: 17 });
  });

  it("counts depth through fragments, and lets the introspection query through", async () => {
    await refused(
      `query { ...A } fragment A on Query { node(id: "x") { ...on Drug { ${"safety { statements { viaClass { ".repeat(5)} id ${"} } }".repeat(5)} } } }`,
      "LIMIT_EXCEEDED",
      12,
    );
    const { status, body } = await api.gql(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe("Query");
  });

  /** Fragment F0 spreads F1 four times, F1 spreads F2 four times, ...: 4^(n-1) fields when expanded. */
  const fragmentBomb = (n: number, leaf = "__typename") =>
    [
      "query Bomb { ...F0 }",
      ...Array.from({ length: n }, (_, i) =>
        i === n - 1
          ? `fragment F${i} on Query { ${leaf} }`
          : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
      ),
    ].join("\n");

  it("refuses a fragment bomb without expanding it (a 12-fragment bomb once took 17 s)", async () => {
    // 19 fragments: 4^18 (about 7e10) fields expanded; only a memoised walk answers this at all.
    const error = await refused(fragmentBomb(19), "LIMIT_EXCEEDED", DEFAULT_QUERY_LIMITS.maxRootFields);
    expect(error.extensions).toMatchObject({ limit: "rootFields", max: 10, actual: 4 ** 18 });
  });

  it("refuses a fragment bomb below the root by its size, before graphql-js's own rules run", async () => {
    const bomb = fragmentBomb(19, "id").replace(
      "query Bomb { ...F0 }",
      'query Bomb { node(id: "fever") { ...F0 } }',
    );
    const error = await refused(
      bomb.replaceAll("on Query", "on Node"),
      "QUERY_TOO_COMPLEX",
      DEFAULT_QUERY_LIMITS.maxCost,
    );
    expect(error.extensions).toMatchObject({ limit: "cost", max: 10_000, actual: 1 + 4 ** 18 });
  });

  it("bounds the time validation may take", async () => {
    const { gql } = await createTestApi(api.store, {
      limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 10_000_000, validationTimeoutMs: 1 },
    });
    // Within every limit (one field), but 4,500 list values each visited by every rule: far over
    // 1 ms on any machine. (Many fields of one name would trip graphql-js's own overlap budget.)
    const bomb = `{ search(text: "fever", kinds: [${"CONDITION ".repeat(4500)}]) { score } }`;
    const { status, body } = await gql(bomb);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: "Validating the operation took over 1 ms; the limit is 1 ms.",
      extensions: { code: "LIMIT_EXCEEDED", limit: "validationTimeoutMs", max: 1 },
    });
  });

  it("refuses alias bombs", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: name`).join(" ");
    const error = await refused(`{ node(id: "fever") { ${aliases} } }`, "LIMIT_EXCEEDED", 30);
    expect(error.extensions).toMatchObject({ limit: "aliases", max: 30, actual: 31 });
  });

  it("refuses too many root fields", async () => {
    const roots = Array.from({ length: 11 }, (_, i) => `n${i}: node(id: "fever") { id }`).join(" ");
    const { body } = await api.gql(`{ ${roots} }`);
    expect(body.errors?.map((e) => e.extensions.limit)).toContain("rootFields");
  });

  it("refuses documents with too many definitions", async () => {
    const ops = Array.from({ length: 21 }, (_, i) => `query Q${i} { __typename }`).join("\n");
    const res = await api.yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: ops, operationName: "Q0" }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: "The document has 21 definitions; the limit is 20.",
          extensions: { code: "LIMIT_EXCEEDED", limit: "definitions", max: 20 },
        },
      ],
    });
  });

  it("refuses queries with too many tokens before parsing them whole", async () => {
    await refused(`{ ${"__typename ".repeat(6000)} }`, "LIMIT_EXCEEDED", DEFAULT_QUERY_LIMITS.maxTokens);
  });

  it("refuses costly operations (neighborhood ids x 10^depth, capped at 500, times the selection)", async () => {
    const heavy = `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 3) {
      nodes { id name aliases kind ...on Condition { evidence { quote verbatim source { id title url } } } }
      edges { id type source target evidence { quote verbatim source { id title url date } } } } }`;
    const error = await refused(heavy, "QUERY_TOO_COMPLEX", DEFAULT_QUERY_LIMITS.maxCost, {
      ids: ["pyelonephritis"],
    });
    expect(error.extensions.actual).toBeGreaterThan(10_000);
  });

  it("counts every step of a path, and each step's case differential as an engine run", async () => {
    const many = `{ teachingPaths(first: 50) { edges { node { id steps { id case { differential {
      candidates { rank probability condition { id name } } } } } } } } }`;
    const error = await refused(many, "QUERY_TOO_COMPLEX", DEFAULT_QUERY_LIMITS.maxCost);
    expect(error.extensions.actual).toBeGreaterThan(100_000);
    // One path with its cases' differentials, as a presenter would ask, stays allowed.
    const one = `{ teachingPath(id: "no-such-path") { id steps { id case { differential {
      candidates { rank probability condition { id name } } } } } } }`;
    expect((await api.gql(one)).status).toBe(200);
  });

  it("counts first from variables in the cost", async () => {
    const q = `query($first: Int) { a: search(text: "pain", first: $first) { node { id name aliases } score }
      b: search(text: "pain", first: $first) { node { ...on Condition { evidence { quote source { id title url } } } } } }`;
    const { gql } = await createTestApi(api.store, { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 500 } });
    expect((await gql(q, { first: 5 })).status).toBe(200);
    const { status, body } = await gql(q, { first: 100 });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "QUERY_TOO_COMPLEX", max: 500 } });
    expect(body.errors?.[0]?.message).toContain("the limit is 500");
  });

  it("keeps first <= 100 and text <= 200 characters (huge strings) as BAD_USER_INPUT", async () => {
    const { body } = await api.gql(`{ search(text: "fever", first: 1000) { score } }`);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(body.errors?.[0]?.message).toContain("100");
    const huge = await api.gql(`query($t: String!) { search(text: $t) { score } }`, {
      t: "x".repeat(50_000),
    });
    expect(huge.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });

  it("answers TIMEOUT with the limit when the store is too slow, and keeps serving", async () => {
    const slow = {
      ...api.store,
      search: () => new Promise<never>(() => {}),
    } as unknown as GraphStore;
    const { gql } = await createTestApi(slow, { limits: { ...DEFAULT_QUERY_LIMITS, timeoutMs: 200 } });
    const started = Date.now();
    const { status, body } = await gql(`{ search(text: "fever") { score } }`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(status).toBe(504);
    expect(body.errors?.[0]).toMatchObject({
      message: "The operation did not finish within 200 ms; the limit is 200 ms.",
      extensions: { code: "TIMEOUT" },
    });
    expect((await gql(`{ node(id: "fever") { name } }`)).body).toEqual({ data: { node: { name: "Fever" } } });
  });

  it("turns introspection off when asked, with the rest of the API unchanged", async () => {
    const { gql } = await createTestApi(api.store, {
      limits: { ...DEFAULT_QUERY_LIMITS, introspection: false },
    });
    const { status, body } = await gql(`{ __schema { queryType { name } } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).toContain("introspection");
    expect((await gql(`{ node(id: "fever") { name } }`)).status).toBe(200);
  });
});

describe("suggestions when introspection is off", () => {
  const typo = '{ node(id: "fever") { nme } }';
  const badEnum = 'query($k: [NodeKind!]) { search(text: "fever", kinds: $k) { score } }';

  it("are given while introspection is on", async () => {
    expect((await api.gql(typo)).body.errors?.[0]?.message).toContain('Did you mean "name"');
    expect((await api.gql(badEnum, { k: ["CONDITON"] })).body.errors?.[0]?.message).toContain("Did you mean");
  });

  it("are dropped when it is off, so typos cannot map the schema", async () => {
    const { gql } = await createTestApi(api.store, {
      limits: { ...DEFAULT_QUERY_LIMITS, introspection: false },
    });
    const field = await gql(typo);
    expect(field.status).toBe(400);
    expect(field.body.errors).toEqual([
      {
        message: 'Cannot query field "nme" on type "Node".',
        locations: [{ line: 1, column: 23 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
    ]);
    const value = await gql(badEnum, { k: ["CONDITON"] });
    expect(value.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(value.body.errors?.[0]?.message).toContain('Value "CONDITON" does not exist in "NodeKind" enum.');
    expect(value.body.errors?.[0]?.message).not.toContain("Did you mean");
  });
});

describe("request limits over HTTP", () => {
  let url: string;
  let server: ReturnType<typeof createApiServer>;
  beforeAll(async () => {
    server = createApiServer({
      store: api.store,
      logging: false,
      responseCacheTtlMs: 60_000,
      maxBodyBytes: 10_000,
    });
    await new Promise<void>((resolve) => server.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => server.server.close());

  const post = (body: string, contentType = "application/json") =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": contentType, accept: "application/graphql-response+json" },
      body,
    });

  it("answers a body over the limit with 413 PAYLOAD_TOO_LARGE, unread", async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } # ${"x".repeat(20_000)}` }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: "The request body is over 10000 bytes; the limit is 10000.",
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
  });

  // Yoga's own body limit is off behind the server (it reads every body first, within maxBodyBytes):
  // a large body sent elsewhere, or without a declared length, is refused just the same.
  it.each([
    ["another path", "/graphql/", undefined],
    ["an unknown path", "/anything", undefined],
    ["a chunked body to /graphql", "/graphql", "chunked"],
  ])("refuses a body over the limit sent to %s with 413", async (_label, path, transfer) => {
    const big = JSON.stringify({ query: `{ __typename } # ${"x".repeat(20_000)}` });
    const res = await fetch(new URL(path, url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      // A stream has no length: Node's fetch sends it chunked.
      body:
        transfer === "chunked"
          ? new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode(big));
                controller.close();
              },
            })
          : big,
      ...(transfer === "chunked" ? { duplex: "half" } : {}),
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
  });

  it.each([
    ["malformed JSON", "{bad", "application/json", 400, "BAD_REQUEST"],
    ["a batch array", JSON.stringify([{ query: "{ __typename }" }]), "application/json", 400, "BAD_REQUEST"],
    ["a wrong content type", "{}", "text/plain", 415, "UNSUPPORTED_MEDIA_TYPE"],
    [
      "an unknown field",
      JSON.stringify({ query: "{ nope }" }),
      "application/json",
      400,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    ["a syntax error", JSON.stringify({ query: "{ node(" }), "application/json", 400, "GRAPHQL_PARSE_FAILED"],
  ])("answers %s with its status and a code", async (_label, body, type, status, code) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe(code);
  });

  it("never caches a limit error", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ");
    const before = server.cache.size;
    for (let i = 0; i < 2; i++)
      expect((await post(JSON.stringify({ query: `{ ${aliases} }` }))).status).toBe(400);
    expect(server.cache.size).toBe(before);
  });
});

describe("limit knobs in the environment", () => {
  it("reads them, with the defaults when unset, and refuses nonsense", async () => {
    const { readEnv } = await import("./env");
    expect(readEnv({}).limits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(readEnv({}).maxBodyBytes).toBe(100_000);
    const env = readEnv({
      GRAPHQL_INTROSPECTION: "false",
      GRAPHQL_MAX_DEPTH: "8",
      GRAPHQL_MAX_COST: "2000",
      GRAPHQL_TIMEOUT_MS: "5000",
      GRAPHQL_MAX_BODY_BYTES: "20000",
    });
    expect(env.limits).toMatchObject({ introspection: false, maxDepth: 8, maxCost: 2000, timeoutMs: 5000 });
    expect(env.maxBodyBytes).toBe(20_000);
    expect(() => readEnv({ GRAPHQL_INTROSPECTION: "maybe" })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => readEnv({ GRAPHQL_MAX_DEPTH: "0" })).toThrow(/GRAPHQL_MAX_DEPTH/);
  });
});
