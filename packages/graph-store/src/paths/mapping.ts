import type { TeachingPath, TeachingPathStatus, TeachingStep, TeachingStepContent } from "@bpx/domain";
import { StoreError } from "../errors";
import type { Row } from "../runner";

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function toStep(p: Props): TeachingStep {
  const present = p.casePresent;
  return {
    id: String(p.id),
    position: Number(p.position),
    nodeId: str(p.nodeId),
    edgeId: str(p.edgeId),
    // A case always has present findings, so their list marks whether the step has a case at all.
    case: Array.isArray(present)
      ? {
          present: strings(present),
          absent: strings(p.caseAbsent),
          gestationalWeek: typeof p.caseWeek === "number" ? p.caseWeek : null,
        }
      : null,
    annotation: str(p.annotation) ?? "",
    question: str(p.question),
    answer: str(p.answer),
  };
}

/** Turns a GET_PATHS / LIST_PATHS row into a TeachingPath with its steps in order. */
export function toTeachingPath(row: Row): TeachingPath {
  const p = (row.path ?? {}) as Props;
  if (typeof p.id !== "string" || typeof p.version !== "number") {
    throw new StoreError("INVALID_DATA", `A stored teaching path lacks id or version: ${JSON.stringify(p)}`);
  }
  // Grafeo collects an OPTIONAL MATCH miss as one empty map where Neo4j collects nothing.
  const steps = (Array.isArray(row.steps) ? (row.steps as Props[]) : [])
    .filter((s) => s && typeof s.id === "string")
    .map(toStep)
    .sort((a, b) => a.position - b.position);
  return {
    id: p.id,
    title: str(p.title) ?? "",
    summary: str(p.summary) ?? "",
    audience: str(p.audience) ?? "",
    author: str(p.author) ?? "",
    // Paths written before owners were stored: their author was the writer's stable id.
    ownerId: str(p.ownerId) ?? str(p.author) ?? "",
    status: (p.status === "published" ? "published" : "draft") satisfies TeachingPathStatus,
    version: p.version,
    createdAt: str(p.createdAt) ?? "",
    updatedAt: str(p.updatedAt) ?? "",
    publishedAt: str(p.publishedAt),
    steps,
  };
}

/** The flat row CREATE_STEPS writes for one step. */
export function toStepRow(step: TeachingStepContent & { id: string }, position: number) {
  return {
    id: step.id,
    position,
    nodeId: step.nodeId || null,
    edgeId: step.edgeId || null,
    annotation: step.annotation,
    question: step.question,
    answer: step.answer,
    casePresent: step.case ? step.case.present : null,
    caseAbsent: step.case ? step.case.absent : null,
    caseWeek: step.case?.gestationalWeek ?? null,
  };
}

/** What `search` matches: title and summary, lower-cased once at write time. */
export const toSearchText = (title: string, summary: string) => `${title}\n${summary}`.toLowerCase();
