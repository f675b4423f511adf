import { TEACHING_PATH_FORMAT } from "@bpx/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE, EXPORT, IMPORT, sampleInput, UPDATE } from "./teaching-paths.fixtures";
import { createTestApi, TEST_TOKENS } from "./test-helpers";

let api: Awaited<ReturnType<typeof createTestApi>>;
const educator = TEST_TOKENS.educator;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.store.close());

const count = async () =>
  (await api.gql("{ teachingPaths { totalCount } }", {}, educator)).body.data.teachingPaths.totalCount;
const step = (over: object = {}) => ({ nodeId: "fever", annotation: "a", ...over });

describe("invalid content gets BAD_USER_INPUT naming the field, and writes nothing", () => {
  const cases: [string, object, string][] = [
    ["an empty title", { title: "  " }, "title"],
    ["a title over 200 characters", { title: "t".repeat(201) }, "title"],
    ["more than 200 steps", { steps: Array.from({ length: 201 }, () => step()) }, "steps"],
    [
      "an annotation over 20,000 characters",
      { steps: [step(), step({ annotation: "a".repeat(20_001) })] },
      "steps[1].annotation",
    ],
    ["a node that does not exist", { steps: [step({ nodeId: "no-such-node" })] }, "steps[0].nodeId"],
    [
      "a relationship that does not exist",
      { steps: [step({ nodeId: null, edgeId: "TREATS:fever->nothing" })] },
      "steps[0].edgeId",
    ],
    [
      "both a node and a relationship",
      { steps: [step({ edgeId: "PRESENTS_WITH:pyelonephritis->fever" })] },
      "steps[0].nodeId",
    ],
    ["neither a node nor a relationship", { steps: [step({ nodeId: null })] }, "steps[0].nodeId"],
    [
      "a case finding that is a condition",
      { steps: [step({ case: { present: ["pyelonephritis"] } })] },
      "steps[0].case.present",
    ],
    [
      "a case with no present findings",
      { steps: [step({ case: { present: [] } })] },
      "steps[0].case.present",
    ],
    [
      "a case week outside 1-42",
      { steps: [step({ case: { present: ["fever"], gestationalWeek: 50 } })] },
      "steps[0].case.gestationalWeek",
    ],
    ["an answer without a question", { steps: [step({ answer: "42" })] }, "steps[0].answer"],
    ["a step id on a new path", { steps: [step({ id: "borrowed" })] }, "steps[0].id"],
  ];

  it.each(cases)("create with %s", async (_name, over, field) => {
    const before = await count();
    const { body } = await api.gql(CREATE, { input: { title: "Valid title", ...over } }, educator);
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(body.errors?.[0].message).toContain(field.split("[")[0]);
    expect(await count()).toBe(before);
  });

  it("exactly 200 steps of 20,000 characters each are accepted", async () => {
    const steps = Array.from({ length: 200 }, () => step({ annotation: "a".repeat(20_000) }));
    const { body } = await api.gql(CREATE, { input: { title: "Long", steps } }, educator);
    expect(body.errors).toBeUndefined();
    expect(body.data.createTeachingPath.stepCount).toBe(200);
  });

  it.each(cases.filter(([name]) => name !== "a step id on a new path"))(
    "update with %s",
    async (_name, over, field) => {
      const path = (await api.gql(CREATE, { input: sampleInput() }, educator)).body.data.createTeachingPath;
      const { body } = await api.gql(UPDATE, { id: path.id, expectedVersion: 1, patch: over }, educator);
      expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      const after = (
        await api.gql(
          `query($id: ID!) { teachingPath(id: $id) { version title } }`,
          { id: path.id },
          educator,
        )
      ).body.data;
      expect(after.teachingPath).toEqual({ version: 1, title: path.title });
    },
  );

  it("update: another path's step id, an unknown path", async () => {
    const a = (await api.gql(CREATE, { input: sampleInput("A") }, educator)).body.data.createTeachingPath;
    const b = (await api.gql(CREATE, { input: sampleInput("B") }, educator)).body.data.createTeachingPath;
    const foreign = await api.gql(
      UPDATE,
      { id: a.id, expectedVersion: 1, patch: { steps: [step({ id: b.steps[0].id })] } },
      educator,
    );
    expect(foreign.body.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "steps[0].id",
    });
    const missing = await api.gql(
      UPDATE,
      { id: "no-such-path", expectedVersion: 1, patch: { title: "x" } },
      educator,
    );
    expect(missing.body.errors?.[0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("export and import (bpx.teaching-path, version 1)", () => {
  const exportOf = async (id: string) => {
    const { body } = await api.gql(EXPORT, { id }, educator);
    expect(body.errors).toBeUndefined();
    return JSON.parse(body.data.exportTeachingPath);
  };
  const importOf = async (doc: unknown) => {
    const { body } = await api.gql(IMPORT, { document: JSON.stringify(doc) }, educator);
    expect(body.errors).toBeUndefined();
    return body.data.importTeachingPath;
  };
  const withoutOrigin = ({ origin: _origin, ...doc }: Record<string, unknown>) => doc;

  it.each(["kidney-or-spine", "first-trimester-red-flags", "safe-pain-relief", "sample"])(
    "export(import(export(%s))) equals export(%s) but for its origin",
    async (id) => {
      const sourceId =
        id === "sample"
          ? (await api.gql(CREATE, { input: sampleInput() }, educator)).body.data.createTeachingPath.id
          : id;
      const first = await exportOf(sourceId);
      expect(first).toMatchObject({ format: TEACHING_PATH_FORMAT, version: 1, origin: { id: sourceId } });
      const imported = await importOf(first);
      expect(imported).toMatchObject({
        status: "DRAFT",
        version: 1,
        author: expect.stringMatching(/^educator-/),
      });
      expect(imported.id).not.toBe(sourceId);
      const second = await exportOf(imported.id);
      expect(second.origin.id).toBe(imported.id);
      expect(withoutOrigin(second)).toEqual(withoutOrigin(first));
    },
  );

  const bad: [string, string, string][] = [
    ["text that is not JSON", "{nope", "document"],
    ["another format", JSON.stringify({ format: "other", version: 1, path: {} }), "format"],
    ["a later version", JSON.stringify({ format: TEACHING_PATH_FORMAT, version: 2, path: {} }), "version"],
    [
      "an empty title",
      JSON.stringify({ format: TEACHING_PATH_FORMAT, version: 1, path: { title: "", steps: [] } }),
      "path.title",
    ],
    [
      "a step on an unknown node",
      JSON.stringify({
        format: TEACHING_PATH_FORMAT,
        version: 1,
        path: { title: "t", steps: [{ nodeId: "nope", annotation: "" }] },
      }),
      "path.steps[0].nodeId",
    ],
    [
      "a mistyped field",
      JSON.stringify({
        format: TEACHING_PATH_FORMAT,
        version: 1,
        path: { title: "t", steps: [{ nodeId: "fever", annotation: 3 }] },
      }),
      "path.steps[0].annotation",
    ],
  ];
  it.each(bad)("import rejects %s, naming the field", async (_name, document, field) => {
    const before = await count();
    const { body } = await api.gql(IMPORT, { document }, educator);
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await count()).toBe(before);
  });
});
