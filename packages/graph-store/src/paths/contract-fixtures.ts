import type { TeachingPathContent, TeachingStepContent } from "@bpx/domain";
import { describe, expect, it } from "vitest";
import { storeConfigFromEnv } from "../config";
import type { CypherRunner } from "../runner";
import { createEmbeddedRunner } from "../runners/embedded";
import { createNeo4jRunner } from "../runners/neo4j";
import { TeachingPathError } from "./errors";

/** The runners the path contract runs on: the embedded engine always, Neo4j when NEO4J_URI is set. */
export const neo4jConfig = process.env.NEO4J_URI ? storeConfigFromEnv(process.env) : null;
export const engines: { name: string; create: () => CypherRunner }[] = [
  { name: "embedded (Grafeo, in memory)", create: () => createEmbeddedRunner() },
];
if (neo4jConfig?.engine === "neo4j")
  engines.push({ name: `neo4j (${neo4jConfig.uri})`, create: () => createNeo4jRunner(neo4jConfig) });

/** Says, visibly, when Neo4j was not tested. */
export function reportSkippedNeo4j() {
  describe.skipIf(neo4jConfig !== null)("teaching paths on neo4j", () => {
    it.skip("skipped: NEO4J_URI is not set, so the path contract ran on the embedded engine only", () => {});
  });
}

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
