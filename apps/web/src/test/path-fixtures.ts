import type { TeachingPathData, TeachingStepData } from "../paths/queries";

/** Teaching paths in the API's shape, for unit tests: each test names only the fields it is about. */

/** A step on nothing, with no notes; `fields` gives it what the test needs. */
export function teachingStep(fields: Partial<TeachingStepData> = {}): TeachingStepData {
  return {
    id: "s",
    position: 0,
    nodeId: null,
    edgeId: null,
    node: null,
    edge: null,
    case: null,
    annotation: "",
    question: null,
    answer: null,
    ...fields,
  };
}

/** A stored draft, version 1, with one step on fever; `overrides` changes any of it. */
export function teachingPath(overrides: Partial<TeachingPathData> = {}): TeachingPathData {
  return {
    id: "p1",
    title: "Kidney or spine?",
    summary: "",
    audience: "",
    author: "educator-1",
    status: "DRAFT",
    version: 1,
    updatedAt: "2026-01-01T00:00:00.000Z",
    publishedAt: null,
    stepCount: 1,
    canEdit: true,
    steps: [teachingStep({ id: "s1", nodeId: "fever", annotation: "a" })],
    ...overrides,
  };
}
