import type { TeachingPathContent, TeachingStepContent } from "@bpx/domain";
import { expect } from "vitest";
import { TeachingPathError } from "./errors";

export const step = (over: Partial<TeachingStepContent> = {}): TeachingStepContent => ({
  nodeId: "pyelonephritis",
  edgeId: null,
  case: null,
  annotation: "Fever and **unilateral** loin pain.",
  question: null,
  answer: null,
  ...over,
});
export const content = (over: Partial<TeachingPathContent> = {}): TeachingPathContent => ({
  title: "Kidney or spine?",
  summary: "Telling pyelonephritis from osteochondrosis.",
  audience: "midwives",
  steps: [step()],
  ...over,
});

/** The refusal a promise rejects with, to assert on its reason. */
export async function refusal(promise: Promise<unknown>): Promise<TeachingPathError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TeachingPathError);
  return error as TeachingPathError;
}
