import { afterAll, describe, expect, it } from "vitest";
import * as ops from "./teaching-paths.fixtures";
import { createTestApi, TEST_TOKENS } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());
const draft = await api.gql(ops.CREATE, { input: ops.sampleInput("A draft") }, TEST_TOKENS.educator);
const draftId: string = draft.body.data.createTeachingPath.id;

/** Sends a request with exactly this Authorization header (or none). */
async function asHeader(authorization: string | undefined, query: string, variables: object) {
  const res = await api.yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
}

/** Everything the store holds, to prove a refused request changed nothing. */
async function snapshot() {
  const { body } = await api.gql(
    `{ teachingPaths(first: 50) { totalCount edges { node { id version title status } } } }`,
    {},
    TEST_TOKENS.admin,
  );
  return body.data;
}

const mutations: [string, string, () => object][] = [
  ["createTeachingPath", ops.CREATE, () => ({ input: ops.sampleInput() })],
  [
    "updateTeachingPath",
    ops.UPDATE,
    () => ({ id: draftId, expectedVersion: 1, patch: { title: "hijacked" } }),
  ],
  ["publishTeachingPath", ops.PUBLISH, () => ({ id: draftId, expectedVersion: 1 })],
  ["unpublishTeachingPath", ops.UNPUBLISH, () => ({ id: "kidney-or-spine", expectedVersion: 1 })],
  ["duplicateTeachingPath", ops.DUPLICATE, () => ({ id: "kidney-or-spine" })],
  ["deleteTeachingPath", ops.DELETE, () => ({ id: "kidney-or-spine", expectedVersion: 1 })],
  [
    "importTeachingPath",
    ops.IMPORT,
    () => ({
      document: JSON.stringify({ format: "bpx.teaching-path", version: 1, path: { title: "t", steps: [] } }),
    }),
  ],
];

const callers: [string, string | undefined, string][] = [
  ["no Authorization header", undefined, "UNAUTHENTICATED"],
  ["an unknown token", "Bearer not-a-configured-token-at-all", "UNAUTHENTICATED"],
  ["a malformed header", "Basic dXNlcjpwYXNz", "UNAUTHENTICATED"],
  ["an empty bearer", "Bearer ", "UNAUTHENTICATED"],
  ["a reader token", `Bearer ${TEST_TOKENS.reader}`, "FORBIDDEN"],
];

describe("every mutation is refused without an educator or admin token, and changes nothing", () => {
  for (const [caller, header, code] of callers) {
    it.each(mutations)(`%s with ${caller} -> ${code}`, async (_name, mutation, variables) => {
      const before = await snapshot();
      const body = await asHeader(header, mutation, variables());
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions.code)).toEqual([code]);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("the same mutations succeed for an educator and an admin (bearer scheme in any case)", async () => {
    const made = await asHeader(`bearer ${TEST_TOKENS.educator}`, ops.CREATE, {
      input: ops.sampleInput("By educator"),
    });
    expect(made.errors).toBeUndefined();
    const id = (made.data as { createTeachingPath: { id: string } }).createTeachingPath.id;
    const updated = await asHeader(`Bearer ${TEST_TOKENS.admin}`, ops.UPDATE, {
      id,
      expectedVersion: 1,
      patch: { title: "By admin" },
    });
    expect(updated.errors).toBeUndefined();
  });
});

describe("drafts are visible to educators and admins only", () => {
  const readers: [string, string | undefined][] = [
    ["anonymous", undefined],
    ["a reader", TEST_TOKENS.reader],
  ];
  it.each(readers)("%s sees no draft anywhere", async (_name, token) => {
    expect((await api.gql(ops.GET, { id: draftId }, token)).body.data.teachingPath).toBeNull();
    const exported = await api.gql(ops.EXPORT, { id: draftId }, token);
    expect(exported.body.errors?.[0].extensions.code).toBe("NOT_FOUND");
    for (const status of [null, "DRAFT"]) {
      const { body } = await api.gql(ops.LIST, { first: 50, status }, token);
      const page = body.data.teachingPaths;
      expect(page.edges.every((e: { node: { status: string } }) => e.node.status === "PUBLISHED")).toBe(true);
      expect(page.totalCount).toBe(status === "DRAFT" ? 0 : page.edges.length);
    }
  });

  it.each([
    ["an educator", TEST_TOKENS.educator],
    ["an admin", TEST_TOKENS.admin],
  ])("%s sees drafts", async (_name, token) => {
    expect((await api.gql(ops.GET, { id: draftId }, token)).body.data.teachingPath.status).toBe("DRAFT");
    const { body } = await api.gql(ops.LIST, { first: 50, status: "DRAFT" }, token);
    expect(body.data.teachingPaths.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(draftId);
  });

  it("an unknown token reads as anonymous", async () => {
    expect(
      (await api.gql(ops.GET, { id: draftId }, "not-a-configured-token-at-all")).body.data.teachingPath,
    ).toBeNull();
    expect(
      (await api.gql(ops.GET, { id: "kidney-or-spine" }, "not-a-configured-token-at-all")).body.data
        .teachingPath,
    ).not.toBeNull();
  });
});
