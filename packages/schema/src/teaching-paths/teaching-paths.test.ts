import { TeachingPathError } from "@bpx/graph-store";
import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import type { GraphContext } from "../context";
import { createSchema } from "../index";
import { ANONYMOUS, type Viewer } from "../viewer";
import { requireEditor, toApiError } from "./checks";
import { toChange, toContent } from "./inputs";

describe("the teaching-path schema", () => {
  const schema = createSchema();
  const fields = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields());

  it("has the queries, mutations and connection clients rely on", () => {
    expect(fields("Query")).toEqual(
      expect.arrayContaining([
        "viewer",
        "teachingPaths",
        "teachingPath",
        "exportTeachingPath",
        "differential",
      ]),
    );
    expect(fields("Mutation")).toEqual([
      "createTeachingPath",
      "updateTeachingPath",
      "publishTeachingPath",
      "unpublishTeachingPath",
      "duplicateTeachingPath",
      "deleteTeachingPath",
      "importTeachingPath",
    ]);
    expect(fields("TeachingPathConnection")).toEqual(["edges", "pageInfo", "totalCount"]);
    expect(fields("TeachingPathEdge")).toEqual(["cursor", "node"]);
    expect(fields("PageInfo")).toEqual(["hasNextPage", "endCursor"]);
    const status = schema.getType("TeachingPathStatus") as GraphQLEnumType;
    expect(status.getValues().map((v) => [v.name, v.value])).toEqual([
      ["DRAFT", "draft"],
      ["PUBLISHED", "published"],
    ]);
    const patch = schema.getType("TeachingPathPatch") as GraphQLInputObjectType;
    expect(Object.keys(patch.getFields())).toEqual(["title", "summary", "audience", "steps"]);
  });
});

describe("inputs", () => {
  it("trims titles, keeps annotations verbatim and treats blank questions as none", () => {
    const content = toContent({
      title: "  Kidney or spine?  ",
      steps: [{ nodeId: "fever", annotation: "  indented\n\n", question: " ", answer: "" }],
    });
    expect(content).toEqual({
      title: "Kidney or spine?",
      summary: "",
      audience: "",
      steps: [
        {
          id: undefined,
          nodeId: "fever",
          edgeId: null,
          case: null,
          annotation: "  indented\n\n",
          question: null,
          answer: null,
        },
      ],
    });
  });

  it("a patch changes only what it names", () => {
    expect(toChange({ title: " New ", summary: null })).toEqual({ title: "New" });
    expect(toChange({ steps: [] })).toEqual({ steps: [] });
  });
});

describe("requireEditor and the store's refusals", () => {
  const ctx = (viewer: Viewer) => ({ viewer }) as GraphContext;
  const code = (viewer: Viewer) => {
    try {
      requireEditor(ctx(viewer));
      return "ok";
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it("lets educators and admins through, and nobody else", () => {
    expect(code(ANONYMOUS)).toBe("UNAUTHENTICATED");
    expect(code({ ...ANONYMOUS, invalidToken: true })).toBe("UNAUTHENTICATED");
    expect(code({ role: "reader", name: "reader-1", id: "reader-1" })).toBe("FORBIDDEN");
    expect(code({ role: "educator", name: "educator-1", id: "educator-1" })).toBe("ok");
    expect(code({ role: "admin", name: "admin-1", id: "admin-1" })).toBe("ok");
  });

  it("maps NOT_FOUND, CONFLICT (with the current version) and INVALID_STEP (with the field)", () => {
    const map = (e: TeachingPathError) => (toApiError(e) as { extensions: unknown }).extensions;
    expect(map(new TeachingPathError("NOT_FOUND", "x"))).toEqual({ code: "NOT_FOUND" });
    expect(map(new TeachingPathError("CONFLICT", "x", { currentVersion: 4 }))).toEqual({
      code: "CONFLICT",
      currentVersion: 4,
    });
    expect(map(new TeachingPathError("INVALID_STEP", "x", { field: "steps[1].id" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "steps[1].id",
    });
    const other = new Error("other");
    expect(toApiError(other)).toBe(other);
  });
});
