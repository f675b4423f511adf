import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CREATE,
  DELETE,
  DUPLICATE,
  EXPORT,
  IMPORT,
  PUBLISH,
  sampleInput,
  UPDATE,
} from "./teaching-paths.fixtures";
import { createTestApi, TEST_TOKENS } from "./test-helpers";

/**
 * Issue 15, item 5: educators change only the paths they created; admins change any, the shipped
 * ones included; every write leaves an audit entry (who, what, when, version) that admins read.
 * A second educator token stands for "another educator".
 */
const OTHER_EDUCATOR = "other-educator-token-0123456789";
const tokens = [
  ...Object.entries(TEST_TOKENS).map(([role, token]) => ({
    role: role as "reader" | "educator" | "admin",
    token,
  })),
  { role: "educator" as const, token: OTHER_EDUCATOR, name: "Dr Other" },
];

const AUDIT = /* GraphQL */ `
  query Audit($pathId: ID, $first: Int) {
    teachingPathAudit(pathId: $pathId, first: $first) {
      id at actorId actorName action pathId pathTitle version
    }
  }
`;
const CAN_EDIT = `query($id: ID!) { teachingPath(id: $id) { id version title canEdit } }`;
const SEEDED = `{ teachingPaths(first: 50, status: PUBLISHED) { edges { node { id version title } } } }`;

let api: Awaited<ReturnType<typeof createTestApi>>;
let mine: { id: string; version: number };
beforeAll(async () => {
  api = await createTestApi(undefined, { tokens });
  const { body } = await api.gql(CREATE, { input: sampleInput("Mine") }, TEST_TOKENS.educator);
  mine = body.data.createTeachingPath;
});
afterAll(() => api.store.close());

const codeOf = (body: { errors?: { extensions: { code: string } }[] }) => body.errors?.[0]?.extensions.code;

describe("who may change a teaching path", () => {
  it("another educator may not update, publish or delete it, and nothing changes", async () => {
    const before = (await api.gql(CAN_EDIT, { id: mine.id }, TEST_TOKENS.educator)).body.data.teachingPath;
    const attempts = [
      [UPDATE, { id: mine.id, expectedVersion: before.version, patch: { title: "Taken over" } }],
      [PUBLISH, { id: mine.id, expectedVersion: before.version }],
      [DELETE, { id: mine.id, expectedVersion: before.version }],
    ] as const;
    for (const [query, variables] of attempts) {
      const { body } = await api.gql(query, variables, OTHER_EDUCATOR);
      expect(codeOf(body)).toBe("FORBIDDEN");
      expect(body.errors?.[0]?.message).toContain("only its author or an admin");
    }
    const after = (await api.gql(CAN_EDIT, { id: mine.id }, TEST_TOKENS.educator)).body.data.teachingPath;
    expect(after).toEqual(before);
    expect(after.canEdit).toBe(true);
    expect((await api.gql(CAN_EDIT, { id: mine.id }, OTHER_EDUCATOR)).body.data.teachingPath.canEdit).toBe(
      false,
    );
  });

  it("its author and an admin may change it", async () => {
    const a = await api.gql(
      UPDATE,
      { id: mine.id, expectedVersion: mine.version, patch: { title: "Mine, edited" } },
      TEST_TOKENS.educator,
    );
    expect(a.body.errors).toBeUndefined();
    const v = a.body.data.updateTeachingPath.version;
    const b = await api.gql(
      UPDATE,
      { id: mine.id, expectedVersion: v, patch: { title: "Mine, by admin" } },
      TEST_TOKENS.admin,
    );
    expect(b.body.errors).toBeUndefined();
    expect(b.body.data.updateTeachingPath.title).toBe("Mine, by admin");
    mine = b.body.data.updateTeachingPath;
  });

  it("a shipped path: educators may not change it but may duplicate it; an admin may change it", async () => {
    const seeded = (await api.gql(SEEDED, {}, TEST_TOKENS.admin)).body.data.teachingPaths.edges[0].node;
    const refused = await api.gql(
      UPDATE,
      { id: seeded.id, expectedVersion: seeded.version, patch: { title: "Mine now" } },
      TEST_TOKENS.educator,
    );
    expect(codeOf(refused.body)).toBe("FORBIDDEN");
    expect(refused.body.errors?.[0]?.message).toContain("ships with the app");
    const copy = await api.gql(DUPLICATE, { id: seeded.id }, TEST_TOKENS.educator);
    expect(copy.body.errors).toBeUndefined();
    const copyId = copy.body.data.duplicateTeachingPath.id;
    expect(
      (await api.gql(CAN_EDIT, { id: copyId }, TEST_TOKENS.educator)).body.data.teachingPath.canEdit,
    ).toBe(true);
    const byAdmin = await api.gql(
      UPDATE,
      { id: seeded.id, expectedVersion: seeded.version, patch: { title: `${seeded.title}.` } },
      TEST_TOKENS.admin,
    );
    expect(byAdmin.body.errors).toBeUndefined();
  });
});

describe("the audit log", () => {
  it("records every write with who, what, when and the version, newest first", async () => {
    const made = await api.gql(CREATE, { input: sampleInput("Audited") }, OTHER_EDUCATOR);
    const id = made.body.data.createTeachingPath.id;
    const upd = await api.gql(
      UPDATE,
      { id, expectedVersion: 1, patch: { title: "Audited, twice" } },
      OTHER_EDUCATOR,
    );
    expect(upd.body.errors).toBeUndefined();
    const refused = await api.gql(DELETE, { id, expectedVersion: 2 }, TEST_TOKENS.educator);
    expect(codeOf(refused.body)).toBe("FORBIDDEN");
    const del = await api.gql(DELETE, { id, expectedVersion: 2 }, TEST_TOKENS.admin);
    expect(del.body.errors).toBeUndefined();

    const { body } = await api.gql(AUDIT, { pathId: id }, TEST_TOKENS.admin);
    expect(body.errors).toBeUndefined();
    const entries = body.data.teachingPathAudit;
    expect(entries.map((e: { action: string; version: number }) => [e.action, e.version])).toEqual([
      ["delete", 0],
      ["update", 2],
      ["create", 1],
    ]);
    expect(entries[2]).toMatchObject({ actorName: "Dr Other", pathTitle: "Audited", pathId: id });
    expect(entries[2].actorId).toMatch(/^educator-[0-9a-f]{8}$/);
    expect(entries[0].actorId).toMatch(/^admin-[0-9a-f]{8}$/);
    // The refused delete left no entry, and no entry carries a token.
    expect(JSON.stringify(entries)).not.toContain("token");
    for (const e of entries) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
  });

  it("records imports, duplicates and publishing, and the shipped paths' seeding", async () => {
    const exported = await api.gql(EXPORT, { id: mine.id }, TEST_TOKENS.educator);
    const imported = await api.gql(
      IMPORT,
      { document: exported.body.data.exportTeachingPath },
      TEST_TOKENS.educator,
    );
    expect(imported.body.errors).toBeUndefined();
    const published = await api.gql(
      PUBLISH,
      { id: mine.id, expectedVersion: mine.version },
      TEST_TOKENS.educator,
    );
    expect(published.body.errors).toBeUndefined();
    const { body } = await api.gql(AUDIT, { first: 200 }, TEST_TOKENS.admin);
    const actions = new Set(body.data.teachingPathAudit.map((e: { action: string }) => e.action));
    for (const action of ["seed", "create", "import", "duplicate", "update", "publish", "delete"]) {
      expect(actions).toContain(action);
    }
  });

  it("is for admins only", async () => {
    expect(codeOf((await api.gql(AUDIT, {}, TEST_TOKENS.educator)).body)).toBe("FORBIDDEN");
    expect(codeOf((await api.gql(AUDIT, {}, TEST_TOKENS.reader)).body)).toBe("FORBIDDEN");
    expect(codeOf((await api.gql(AUDIT, {})).body)).toBe("UNAUTHENTICATED");
    expect(codeOf((await api.gql(AUDIT, { first: 0 }, TEST_TOKENS.admin)).body)).toBe("BAD_USER_INPUT");
  });
});
