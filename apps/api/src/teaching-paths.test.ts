import { renderAnnotation } from "@bpx/domain";
import { afterAll, describe, expect, it } from "vitest";
import {
  CREATE,
  DELETE,
  DUPLICATE,
  GET,
  LIST,
  PUBLISH,
  sampleInput,
  UNPUBLISH,
  UPDATE,
} from "./teaching-paths.fixtures";
import { createTestApi, TEST_TOKENS } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());
const educator = TEST_TOKENS.educator;

async function create(input: object = sampleInput()) {
  const { body } = await api.gql(CREATE, { input }, educator);
  expect(body.errors).toBeUndefined();
  return body.data.createTeachingPath;
}

describe("GraphQL: teaching paths, reading", () => {
  it("lists the three seeded paths to anonymous clients, published, with annotated steps", async () => {
    const { body } = await api.gql(LIST, { first: 50 });
    const ids = body.data.teachingPaths.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(
      expect.arrayContaining(["kidney-or-spine", "first-trimester-red-flags", "safe-pain-relief"]),
    );
    const { body: one } = await api.gql(`{ teachingPath(id: "kidney-or-spine") {
      status author steps { node { id name } edge { id type source target } annotation case { presentFindings { id } differential { candidates { condition { id } } } } }
    } }`);
    expect(one.errors).toBeUndefined();
    const path = one.data.teachingPath;
    expect(path.status).toBe("PUBLISHED");
    expect(path.steps[0].node).toEqual({ id: "unilateral-pain", name: expect.any(String) });
    expect(path.steps[1].edge).toEqual({
      id: "PRESENTS_WITH:pyelonephritis->fever",
      type: "PRESENTS_WITH",
      source: "pyelonephritis",
      target: "fever",
    });
    expect(path.steps[0].case.presentFindings.map((f: { id: string }) => f.id)).toEqual([
      "low-back-pain",
      "unilateral-pain",
    ]);
    expect(path.steps[0].case.differential.candidates.length).toBeGreaterThan(1);
  });

  it("returns null for an unknown path and the viewer's role", async () => {
    expect((await api.gql(GET, { id: "no-such-path" })).body).toEqual({ data: { teachingPath: null } });
    const viewer = "{ viewer { role name canEditTeachingPaths } }";
    expect((await api.gql(viewer)).body.data.viewer).toEqual({
      role: "ANONYMOUS",
      name: "anonymous",
      canEditTeachingPaths: false,
    });
    const asEducator = (await api.gql(viewer, {}, educator)).body.data.viewer;
    expect(asEducator).toMatchObject({ role: "EDUCATOR", canEditTeachingPaths: true });
    expect(asEducator.name).toMatch(/^educator-[0-9a-f]{8}$/);
    expect(asEducator.name).not.toContain(educator);
  });

  it("pages through every path once, newest change first, with a total", async () => {
    for (let i = 0; i < 5; i++) await create(sampleInput(`Paging ${i}`));
    const all = (await api.gql(LIST, { first: 50 }, educator)).body.data.teachingPaths;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const { body } = await api.gql(LIST, { first: 2, after }, educator);
      const page = body.data.teachingPaths;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(new Set(seen).size).toBe(all.totalCount);
    const updated = all.edges.map((e: { node: { updatedAt: string } }) => e.node.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it("filters by status and searches title and summary case-insensitively", async () => {
    const drafts = (await api.gql(LIST, { status: "DRAFT", first: 50 }, educator)).body.data.teachingPaths;
    expect(drafts.edges.every((e: { node: { status: string } }) => e.node.status === "DRAFT")).toBe(true);
    const none = (await api.gql(LIST, { search: "no path says this" })).body.data.teachingPaths;
    expect(none).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    const byTitle = (await api.gql(LIST, { search: "red FLAGS" })).body.data.teachingPaths;
    expect(byTitle.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      "first-trimester-red-flags",
    ]);
    const bySummary = (await api.gql(LIST, { search: "osteochondrosis", first: 50 }, educator)).body.data
      .teachingPaths;
    expect(bySummary.totalCount).toBeGreaterThan(1);
  });

  it("rejects bad page arguments, naming them", async () => {
    const tooMany = await api.gql(LIST, { first: 51 });
    expect(tooMany.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const cursor = await api.gql(LIST, { after: "not-a-cursor" });
    expect(cursor.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("GraphQL: teaching paths, writing", () => {
  it("creates a draft authored by the caller, with every field as sent", async () => {
    const path = await create();
    expect(path).toMatchObject({
      status: "DRAFT",
      version: 1,
      stepCount: 2,
      publishedAt: null,
      author: expect.stringMatching(/^educator-/),
    });
    expect(path.steps[0]).toMatchObject({
      position: 0,
      nodeId: "unilateral-pain",
      edgeId: null,
      question: "What next?",
      case: null,
    });
    expect(path.steps[1]).toMatchObject({
      edgeId: "PRESENTS_WITH:osteochondrosis->fever",
      case: { present: ["low-back-pain", "worse-with-movement"], absent: ["fever"], gestationalWeek: 24 },
    });
  });

  it("stores a <script> in an annotation verbatim, and renderAnnotation shows it as text", async () => {
    const attack = "<script>alert('x')</script><img src=x onerror=alert(1)> [a](javascript:alert(1))";
    const path = await create({ title: "XSS", steps: [{ nodeId: "fever", annotation: attack }] });
    const { body } = await api.gql(GET, { id: path.id }, educator);
    expect(body.data.teachingPath.steps[0].annotation).toBe(attack);
    const html = renderAnnotation(body.data.teachingPath.steps[0].annotation);
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("updates title and steps (reorder, edit, add, remove) in one change, keeping step ids", async () => {
    const path = await create();
    const [a, b] = path.steps;
    const { body } = await api.gql(
      UPDATE,
      {
        id: path.id,
        expectedVersion: 1,
        patch: {
          title: "Revised",
          steps: [
            { id: b.id, edgeId: b.edgeId, annotation: "moved first and edited" },
            { nodeId: "urinalysis", annotation: "new step" },
          ],
        },
      },
      educator,
    );
    expect(body.errors).toBeUndefined();
    const next = body.data.updateTeachingPath;
    expect(next).toMatchObject({
      title: "Revised",
      version: 2,
      summary: path.summary,
      createdAt: path.createdAt,
    });
    expect(next.steps.map((s: { id: string }) => s.id)).toEqual([b.id, expect.any(String)]);
    expect(next.steps.map((s: { id: string }) => s.id)).not.toContain(a.id);
    expect(next.steps[0]).toMatchObject({ annotation: "moved first and edited", case: null, question: null });
  });

  it("two concurrent updates from the same version: exactly one wins, the other gets CONFLICT", async () => {
    const path = await create();
    const send = (title: string) =>
      api.gql(UPDATE, { id: path.id, expectedVersion: 1, patch: { title } }, educator);
    const results = await Promise.all([send("A"), send("B")]);
    const won = results.filter((r) => !r.body.errors);
    const lost = results.filter((r) => r.body.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const stored = (await api.gql(GET, { id: path.id }, educator)).body.data.teachingPath;
    expect(stored).toMatchObject({ version: 2, title: won[0]?.body.data.updateTeachingPath.title });
  });

  it("publishes, unpublishes and deletes, each with the version it was made from", async () => {
    const path = await create();
    const published = (await api.gql(PUBLISH, { id: path.id, expectedVersion: 1 }, educator)).body.data;
    expect(published.publishTeachingPath).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect((await api.gql(GET, { id: path.id })).body.data.teachingPath.id).toBe(path.id);
    const stale = await api.gql(UNPUBLISH, { id: path.id, expectedVersion: 1 }, educator);
    expect(stale.body.errors?.[0].extensions.code).toBe("CONFLICT");
    const draft = (await api.gql(UNPUBLISH, { id: path.id, expectedVersion: 2 }, educator)).body.data;
    expect(draft.unpublishTeachingPath).toMatchObject({ status: "DRAFT", version: 3, publishedAt: null });
    expect((await api.gql(GET, { id: path.id })).body.data.teachingPath).toBeNull();
    const gone = await api.gql(DELETE, { id: path.id, expectedVersion: 3 }, educator);
    expect(gone.body).toEqual({ data: { deleteTeachingPath: path.id } });
    expect((await api.gql(GET, { id: path.id }, educator)).body.data.teachingPath).toBeNull();
    const again = await api.gql(DELETE, { id: path.id, expectedVersion: 3 }, educator);
    expect(again.body.errors?.[0].extensions.code).toBe("NOT_FOUND");
  });

  it("refuses to publish a path without steps or with an unannotated step", async () => {
    const empty = await create({ title: "Empty" });
    const noSteps = await api.gql(PUBLISH, { id: empty.id, expectedVersion: 1 }, educator);
    expect(noSteps.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "steps" });
    const blank = await create({ title: "Blank", steps: [{ nodeId: "fever" }] });
    const unannotated = await api.gql(PUBLISH, { id: blank.id, expectedVersion: 1 }, educator);
    expect(unannotated.body.errors?.[0].extensions).toMatchObject({ field: "steps[0].annotation" });
    expect((await api.gql(GET, { id: blank.id }, educator)).body.data.teachingPath.version).toBe(1);
  });

  it("duplicates a path as a new draft with fresh ids", async () => {
    const { body } = await api.gql(DUPLICATE, { id: "kidney-or-spine" }, TEST_TOKENS.admin);
    expect(body.errors).toBeUndefined();
    const copy = body.data.duplicateTeachingPath;
    const source = (await api.gql(GET, { id: "kidney-or-spine" })).body.data.teachingPath;
    expect(copy).toMatchObject({
      status: "DRAFT",
      version: 1,
      title: `${source.title} (copy)`,
      author: expect.stringMatching(/^admin-/),
    });
    expect(copy.id).not.toBe(source.id);
    expect(copy.steps.map((s: { annotation: string }) => s.annotation)).toEqual(
      source.steps.map((s: { annotation: string }) => s.annotation),
    );
    expect(copy.steps.map((s: { id: string }) => s.id)).not.toContain(source.steps[0].id);
  });
});
