import { describe, expect, it } from "vitest";
import {
  createStep,
  type Draft,
  EMPTY_DRAFT,
  toContentInput,
  toDraft,
  toFingerprint,
  toPublishProblems,
  toStepIndexOfField,
  withSavedIds,
} from "./draft";
import type { TeachingPathData } from "./types";

const PATH: TeachingPathData = {
  id: "kidney-or-spine",
  title: "Kidney or spine?",
  summary: "Lumbar pain at 24 weeks",
  audience: "Midwives",
  author: "curators",
  status: "PUBLISHED",
  version: 3,
  updatedAt: "2026-01-01T00:00:00.000Z",
  publishedAt: "2026-01-01T00:00:00.000Z",
  stepCount: 2,
  canEdit: true,
  steps: [
    {
      id: "s1",
      position: 0,
      nodeId: "fever",
      edgeId: null,
      node: { id: "fever", kind: "FINDING", name: "Fever" },
      edge: null,
      case: {
        present: ["fever"],
        absent: [],
        gestationalWeek: 24,
        presentFindings: [{ id: "fever", name: "Fever" }],
        absentFindings: [],
      },
      annotation: "## Fever",
      question: "Why?",
      answer: "Because.",
    },
    {
      id: "s2",
      position: 1,
      nodeId: null,
      edgeId: "PRESENTS_WITH:pyelonephritis->fever",
      node: null,
      edge: {
        id: "PRESENTS_WITH:pyelonephritis->fever",
        type: "PRESENTS_WITH",
        source: "pyelonephritis",
        target: "fever",
      },
      case: null,
      annotation: "",
      question: null,
      answer: null,
    },
  ],
};

describe("toDraft and toContentInput", () => {
  it("round-trips a stored path, keeping step ids and cases", () => {
    const input = toContentInput(toDraft(PATH));
    expect(input.title).toBe("Kidney or spine?");
    expect(input.steps).toEqual([
      {
        id: "s1",
        nodeId: "fever",
        edgeId: null,
        case: { present: ["fever"], absent: [], gestationalWeek: 24 },
        annotation: "## Fever",
        question: "Why?",
        answer: "Because.",
      },
      {
        id: "s2",
        nodeId: null,
        edgeId: "PRESENTS_WITH:pyelonephritis->fever",
        case: null,
        annotation: "",
        question: null,
        answer: null,
      },
    ]);
  });

  it("sends new steps without an id and blank questions as null", () => {
    const draft: Draft = {
      ...EMPTY_DRAFT,
      title: "  New  ",
      steps: [{ ...createStep({ nodeId: "fever", edgeId: null }, "k1"), question: "  " }],
    };
    expect(toContentInput(draft)).toEqual({
      title: "New",
      summary: "",
      audience: "",
      steps: [{ nodeId: "fever", edgeId: null, case: null, annotation: "", question: null, answer: null }],
    });
  });
});

describe("toFingerprint", () => {
  it("changes with content and not with client keys", () => {
    const draft = toDraft(PATH);
    const rekeyed = { ...draft, steps: draft.steps.map((step) => ({ ...step, key: `${step.key}-x` })) };
    expect(toFingerprint(rekeyed)).toBe(toFingerprint(draft));
    const edited = {
      ...draft,
      steps: draft.steps.map((step, i) => (i === 1 ? { ...step, annotation: "x" } : step)),
    };
    expect(toFingerprint(edited)).not.toBe(toFingerprint(draft));
  });
});

describe("withSavedIds", () => {
  it("gives sent steps their new ids and leaves later additions alone", () => {
    const a = createStep({ nodeId: "a", edgeId: null }, "ka");
    const b = createStep({ nodeId: "b", edgeId: null }, "kb");
    const c = createStep({ nodeId: "c", edgeId: null }, "kc");
    const draft: Draft = { ...EMPTY_DRAFT, steps: [b, a, c] };
    const next = withSavedIds(draft, ["ka", "kb"], ["id-a", "id-b"]);
    expect(next.steps.map((step) => step.id)).toEqual(["id-b", "id-a", undefined]);
  });
});

describe("toPublishProblems", () => {
  it("lists what stops publishing", () => {
    const step = createStep({ nodeId: "fever", edgeId: null }, "k");
    expect(toPublishProblems(EMPTY_DRAFT)).toEqual(["Give the path a title.", "Add at least one step."]);
    expect(
      toPublishProblems({
        ...EMPTY_DRAFT,
        title: "T",
        steps: [step, { ...step, annotation: "ok", answer: "42" }],
      }),
    ).toEqual(["Step 1 needs an annotation.", "Step 2 has an answer but no question."]);
    expect(toPublishProblems({ ...EMPTY_DRAFT, title: "T", steps: [{ ...step, annotation: "ok" }] })).toEqual(
      [],
    );
  });
});

describe("toStepIndexOfField", () => {
  it.each([
    ["steps[2].annotation", 2],
    ["steps[0]", 0],
    ["title", null],
    [undefined, null],
  ])("%o -> %o", (field, expected) => {
    expect(toStepIndexOfField(field)).toBe(expected);
  });
});
