import { createGraphStore, createNeo4jRunner, type GraphStore } from "@bpx/graph-store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "./test-helpers";

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.store.close());

describe("GraphQL: node, search, neighborhood", () => {
  it("node returns a condition with its kind-specific fields and evidence", async () => {
    const { body } = await api.gql(`{ node(id: "pyelonephritis") {
      __typename id kind name aliases
      ... on Condition { category urgency prevalence evidence { quote verbatim source { id title sourceKind } } }
    } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toMatchObject({
      __typename: "Condition",
      id: "pyelonephritis",
      kind: "CONDITION",
      category: "kidney",
      urgency: "urgent",
    });
    expect(body.data.node.evidence[0]).toMatchObject({
      verbatim: true,
      source: { id: "seed-002", sourceKind: "consumer-article" },
    });
  });

  it("node returns null for an unknown id", async () => {
    const { body } = await api.gql(`{ node(id: "nope") { id } }`);
    expect(body).toEqual({ data: { node: null } });
  });

  it('search(text:"fever", kinds:[FINDING]) finds the fever finding first', async () => {
    const { body } = await api.gql(
      `{ search(text: "fever", kinds: [FINDING]) { score node { __typename id kind name } } }`,
    );
    expect(body.data.search[0]).toEqual({
      score: 1,
      node: { __typename: "Finding", id: "fever", kind: "FINDING", name: "Fever" },
    });
    expect(body.data.search.every((h: { node: { kind: string } }) => h.node.kind === "FINDING")).toBe(true);
  });

  it("search finds entities by alias", async () => {
    const { body } = await api.gql(
      `{ a: search(text: "X-ray") { node { id } } b: search(text: "painful urination") { node { id } } }`,
    );
    expect(body.data.a[0].node.id).toBe("radiography");
    expect(body.data.b[0].node.id).toBe("dysuria");
  });

  it("neighborhood returns edges that each carry at least one source and quote", async () => {
    const { body } = await api.gql(`{ neighborhood(ids: ["pyelonephritis"], depth: 1) {
      truncated nodes { id kind } edges { id type source target frequency evidence { quote source { id title } } }
    } }`);
    expect(body.errors).toBeUndefined();
    const { nodes, edges, truncated } = body.data.neighborhood;
    expect(truncated).toBe(false);
    expect(nodes.length).toBeGreaterThan(5);
    expect(edges.length).toBeGreaterThan(5);
    for (const edge of edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) {
        expect(e.quote).not.toBe("");
        expect(e.source.title).not.toBe("");
      }
    }
    expect(edges).toContainEqual(
      expect.objectContaining({ type: "PRESENTS_WITH", source: "pyelonephritis", target: "fever" }),
    );
  });
});

describe("GraphQL: bad input gets a code and a message naming the value", () => {
  it.each([
    [`{ search(text: "   ") { score } }`, "BAD_USER_INPUT", /text must be 1 to 200/],
    [`{ search(text: "${"a".repeat(201)}") { score } }`, "BAD_USER_INPUT", /text must be 1 to 200/],
    [
      `{ search(text: "a", first: 0) { score } }`,
      "BAD_USER_INPUT",
      /first must be an integer from 1 to 100; got 0/,
    ],
    [
      `{ neighborhood(ids: ["fever"], depth: 4) { truncated } }`,
      "BAD_USER_INPUT",
      /depth must be an integer from 1 to 3; got 4/,
    ],
    [`{ neighborhood(ids: []) { truncated } }`, "BAD_USER_INPUT", /ids must hold 1 to 50 ids; got 0/],
    [
      `{ neighborhood(ids: ["fever", "fever"]) { truncated } }`,
      "BAD_USER_INPUT",
      /lists "fever" more than once/,
    ],
    [`{ neighborhood(ids: ["fever", "ghost"]) { truncated } }`, "NOT_FOUND", /No node with id "ghost"/],
    [
      `{ search(text: 3) { score } }`,
      "GRAPHQL_VALIDATION_FAILED",
      /String cannot represent a non string value/,
    ],
  ])("%s -> %s", async (query, code, message) => {
    const { body } = await api.gql(query);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});

describe("GraphQL: store failures", () => {
  it("a dead Neo4j gives STORE_UNAVAILABLE within seconds", async () => {
    const dead = createGraphStore(
      createNeo4jRunner({
        uri: "bolt://127.0.0.1:1",
        user: "neo4j",
        password: "x",
        maxTransactionRetryTimeMs: 1000,
      }),
    );
    const { gql } = await createTestApi(dead);
    const started = Date.now();
    const { body } = await gql(`{ search(text: "fever") { score } }`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(body.errors?.[0]).toMatchObject({
      message: "The graph database is unavailable. Try again shortly.",
      extensions: { code: "STORE_UNAVAILABLE" },
    });
    await dead.close();
  });

  it("an unexpected error is masked, never leaking its message", async () => {
    const broken = {
      ...api.store,
      search: async () => Promise.reject(new Error("secret internal detail")),
    } as GraphStore;
    const { gql } = await createTestApi(broken);
    const { body } = await gql(`{ search(text: "fever") { score } }`);
    expect(body.errors?.[0]?.message).toBe("Unexpected error.");
    expect(JSON.stringify(body)).not.toContain("secret");
  });
});
