import { describe, expect, it } from "vitest";
import type { NodeKind } from "../kinds";
import { parseTeachingPathDocument, TEACHING_PATH_FORMAT, toTeachingPathDocument } from "./format";
import { readTeachingPathContent } from "./parse";
import { checkTeachingPathContent, checkTeachingPathRefs, referencedIds } from "./rules";
import type { TeachingPath, TeachingPathContent, TeachingStepContent } from "./types";

const step = (over: Partial<TeachingStepContent> = {}): TeachingStepContent => ({
  nodeId: "pyelonephritis",
  edgeId: null,
  case: null,
  annotation: "Fever with **unilateral** loin pain.",
  question: null,
  answer: null,
  ...over,
});
const content = (over: Partial<TeachingPathContent> = {}): TeachingPathContent => ({
  title: "Kidney or spine?",
  summary: "",
  audience: "",
  steps: [step()],
  ...over,
});
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe("checkTeachingPathContent names the field of every problem", () => {
  const cases: [string, TeachingPathContent, string[]][] = [
    ["valid content", content(), []],
    ["an empty title", content({ title: "   " }), ["title"]],
    ["a title too long", content({ title: "x".repeat(201) }), ["title"]],
    ["more than 200 steps", content({ steps: Array.from({ length: 201 }, () => step()) }), ["steps"]],
    [
      "an annotation over 20,000 characters",
      content({ steps: [step(), step({ annotation: "a".repeat(20_001) })] }),
      ["steps[1].annotation"],
    ],
    ["no target", content({ steps: [step({ nodeId: null })] }), ["steps[0].nodeId"]],
    [
      "two targets",
      content({ steps: [step({ edgeId: "PRESENTS_WITH:pyelonephritis->fever" })] }),
      ["steps[0].nodeId"],
    ],
    [
      "an answer without a question",
      content({ steps: [step({ answer: "Urinalysis." })] }),
      ["steps[0].answer"],
    ],
    [
      "a case without present findings",
      content({ steps: [step({ case: { present: [], absent: [], gestationalWeek: null } })] }),
      ["steps[0].case.present"],
    ],
    [
      "a case week out of range",
      content({ steps: [step({ case: { present: ["fever"], absent: [], gestationalWeek: 43 } })] }),
      ["steps[0].case.gestationalWeek"],
    ],
    [
      "a finding both present and absent",
      content({ steps: [step({ case: { present: ["fever"], absent: ["fever"], gestationalWeek: 24 } })] }),
      ["steps[0].case.absent"],
    ],
  ];
  it.each(cases)("%s", (_name, c, expected) => {
    expect(fields(checkTeachingPathContent(c))).toEqual(expected);
  });

  it("exactly 200 steps and 20,000 characters are allowed", () => {
    const c = content({ steps: Array.from({ length: 200 }, () => step({ annotation: "a".repeat(20_000) })) });
    expect(checkTeachingPathContent(c)).toEqual([]);
  });

  it("publishing needs steps, each annotated", () => {
    expect(fields(checkTeachingPathContent(content({ steps: [] }), { publishing: true }))).toEqual(["steps"]);
    const blank = content({ steps: [step(), step({ annotation: " " })] });
    expect(fields(checkTeachingPathContent(blank))).toEqual([]);
    expect(fields(checkTeachingPathContent(blank, { publishing: true }))).toEqual(["steps[1].annotation"]);
  });
});

describe("checkTeachingPathRefs", () => {
  const kinds: Record<string, NodeKind> = { pyelonephritis: "CONDITION", fever: "FINDING" };
  const graph = {
    nodeKind: (id: string) => kinds[id],
    hasEdge: (id: string) => id === "PRESENTS_WITH:pyelonephritis->fever",
  };
  it("accepts real nodes, relationships and findings and names each unknown one", () => {
    const c = content({
      steps: [
        step({ case: { present: ["fever"], absent: [], gestationalWeek: 24 } }),
        step({ nodeId: null, edgeId: "PRESENTS_WITH:pyelonephritis->fever" }),
        step({ nodeId: "no-such-node" }),
        step({ nodeId: null, edgeId: "TREATS:a->b" }),
        step({ case: { present: ["pyelonephritis"], absent: ["nope"], gestationalWeek: null } }),
      ],
    });
    expect(fields(checkTeachingPathRefs(c, graph))).toEqual([
      "steps[2].nodeId",
      "steps[3].edgeId",
      "steps[4].case.present",
      "steps[4].case.absent",
    ]);
    expect(referencedIds(c)).toEqual({
      nodeIds: ["pyelonephritis", "fever", "no-such-node", "nope"],
      edgeIds: ["PRESENTS_WITH:pyelonephritis->fever", "TREATS:a->b"],
    });
  });
});

describe("the export format (bpx.teaching-path, version 1)", () => {
  const stored: TeachingPath = {
    ...content({ summary: "Telling pyelonephritis from osteochondrosis." }),
    steps: [
      {
        ...step({
          question: "What next?",
          answer: "Urinalysis.",
          case: { present: ["fever"], absent: [], gestationalWeek: 24 },
        }),
        id: "s1",
        position: 0,
      },
      {
        ...step({
          nodeId: null,
          edgeId: "PRESENTS_WITH:pyelonephritis->fever",
          annotation: "<script>x</script>",
        }),
        id: "s2",
        position: 1,
      },
    ],
    id: "p1",
    author: "educator-1234abcd",
    ownerId: "educator-1234abcd",
    status: "published",
    version: 3,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
    publishedAt: "2026-01-02T00:00:00.000Z",
  };

  it("exports content with optional fields left out, and reads it back exactly", () => {
    const doc = toTeachingPathDocument(stored, "2026-02-01T00:00:00.000Z");
    const json = JSON.parse(JSON.stringify(doc));
    expect(json).toEqual({
      format: TEACHING_PATH_FORMAT,
      version: 1,
      origin: { id: "p1", author: "educator-1234abcd", exportedAt: "2026-02-01T00:00:00.000Z" },
      path: {
        title: "Kidney or spine?",
        summary: "Telling pyelonephritis from osteochondrosis.",
        audience: "",
        steps: [
          {
            nodeId: "pyelonephritis",
            case: { present: ["fever"], absent: [], gestationalWeek: 24 },
            annotation: "Fever with **unilateral** loin pain.",
            question: "What next?",
            answer: "Urinalysis.",
          },
          { edgeId: "PRESENTS_WITH:pyelonephritis->fever", annotation: "<script>x</script>" },
        ],
      },
    });
    const parsed = parseTeachingPathDocument(json);
    expect(parsed).toEqual({
      ok: true,
      content: {
        ...content(),
        summary: stored.summary,
        steps: stored.steps.map(({ id: _i, position: _p, ...s }) => s),
      },
    });
  });

  const bad: [string, unknown, string[]][] = [
    ["not an object", "[]", ["document"]],
    ["another format", { format: "other", version: 1, path: {} }, ["format"]],
    ["a later version", { format: TEACHING_PATH_FORMAT, version: 2, path: {} }, ["version"]],
    [
      "an unknown top-level field",
      { format: TEACHING_PATH_FORMAT, version: 1, path: {}, extra: 1 },
      ["extra"],
    ],
    [
      "a missing title",
      { format: TEACHING_PATH_FORMAT, version: 1, path: { steps: [] } },
      ["path.title", "path.title"],
    ],
    [
      "a mistyped step",
      {
        format: TEACHING_PATH_FORMAT,
        version: 1,
        path: { title: "t", steps: [{ nodeId: 3, annotation: "a", colour: "red" }] },
      },
      ["path.steps[0].colour", "path.steps[0].nodeId", "path.steps[0].nodeId"],
    ],
  ];
  it.each(bad)("rejects %s, naming the field", (_name, value, expected) => {
    const parsed = parseTeachingPathDocument(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(fields(parsed.issues)).toEqual(expected);
  });

  it("reads seed-style content with extra keys the caller handles", () => {
    const { issues } = readTeachingPathContent({ id: "x", title: "t", steps: [] }, "", ["id"]);
    expect(issues).toEqual([]);
  });
});
