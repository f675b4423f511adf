import type { NodeKind } from "../kinds";
import { isValidWeek, MAX_WEEK, MIN_WEEK } from "../scales";
import {
  type ContentIssue,
  TEACHING_PATH_LIMITS as L,
  type TeachingCase,
  type TeachingPathContent,
  type TeachingStepContent,
} from "./types";

/** What the reference check needs to know about the graph. */
export interface GraphLookup {
  /** The kind of the node with this id, or undefined when there is none. */
  nodeKind(id: string): NodeKind | undefined;
  hasEdge(id: string): boolean;
}

const at = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

function checkLength(value: string, max: number, field: string, issues: ContentIssue[]) {
  if (value.length > max)
    issues.push({ field, message: `${field} must be at most ${max} characters; got ${value.length}.` });
}

function checkCase(c: TeachingCase, field: string, issues: ContentIssue[]) {
  if (c.present.length === 0)
    issues.push({ field: `${field}.present`, message: `${field}.present must list at least one finding.` });
  if (c.present.length + c.absent.length > L.caseFindingsMax) {
    issues.push({
      field: `${field}.present`,
      message: `${field} may list at most ${L.caseFindingsMax} findings.`,
    });
  }
  for (const key of ["present", "absent"] as const) {
    const seen = new Set<string>();
    for (const id of c[key]) {
      if (id.length === 0 || id.length > L.idMax)
        issues.push({ field: `${field}.${key}`, message: `${field}.${key} holds an empty or over-long id.` });
      if (seen.has(id))
        issues.push({ field: `${field}.${key}`, message: `${field}.${key} lists "${id}" more than once.` });
      seen.add(id);
    }
  }
  const both = c.present.find((id) => c.absent.includes(id));
  if (both)
    issues.push({ field: `${field}.absent`, message: `"${both}" is entered both present and absent.` });
  if (c.gestationalWeek !== null && !isValidWeek(c.gestationalWeek)) {
    issues.push({
      field: `${field}.gestationalWeek`,
      message: `${field}.gestationalWeek must be a whole week from ${MIN_WEEK} to ${MAX_WEEK}; got ${c.gestationalWeek}.`,
    });
  }
}

function checkStep(step: TeachingStepContent, field: string, issues: ContentIssue[]) {
  const targets = [step.nodeId, step.edgeId].filter((t) => t !== null && t !== "");
  if (targets.length !== 1) {
    issues.push({
      field: `${field}.nodeId`,
      message: `${field} must point at exactly one of nodeId and edgeId.`,
    });
  }
  checkLength(step.annotation, L.annotationMax, `${field}.annotation`, issues);
  if (step.question !== null) checkLength(step.question, L.questionMax, `${field}.question`, issues);
  if (step.answer !== null) checkLength(step.answer, L.answerMax, `${field}.answer`, issues);
  if (step.answer !== null && step.answer.trim() !== "" && !step.question?.trim()) {
    issues.push({ field: `${field}.answer`, message: `${field}.answer needs a question.` });
  }
  if (step.case) checkCase(step.case, `${field}.case`, issues);
}

/**
 * Checks content on its own (no graph): title, lengths, the step limit, one target per step and
 * well-formed cases. `publishing` adds what a published path needs: steps, each annotated.
 */
export function checkTeachingPathContent(
  content: TeachingPathContent,
  { prefix = "", publishing = false }: { prefix?: string; publishing?: boolean } = {},
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const title = at(prefix, "title");
  if (content.title.trim() === "") issues.push({ field: title, message: `${title} must not be empty.` });
  checkLength(content.title, L.titleMax, title, issues);
  checkLength(content.summary, L.summaryMax, at(prefix, "summary"), issues);
  checkLength(content.audience, L.audienceMax, at(prefix, "audience"), issues);
  const steps = at(prefix, "steps");
  if (content.steps.length > L.stepsMax) {
    issues.push({
      field: steps,
      message: `${steps} may hold at most ${L.stepsMax} steps; got ${content.steps.length}.`,
    });
    return issues;
  }
  if (publishing && content.steps.length === 0) {
    issues.push({ field: steps, message: "A path needs at least one step to be published." });
  }
  content.steps.forEach((step, i) => {
    checkStep(step, `${steps}[${i}]`, issues);
    if (publishing && step.annotation.trim() === "") {
      issues.push({
        field: `${steps}[${i}].annotation`,
        message: `${steps}[${i}] needs an annotation to be published.`,
      });
    }
  });
  return issues;
}

/** Checks that every step's node, relationship and case findings exist in the graph. */
export function checkTeachingPathRefs(
  content: TeachingPathContent,
  graph: GraphLookup,
  prefix = "",
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  content.steps.forEach((step, i) => {
    const field = `${at(prefix, "steps")}[${i}]`;
    if (step.nodeId && !graph.nodeKind(step.nodeId)) {
      issues.push({
        field: `${field}.nodeId`,
        message: `${field}.nodeId: no node with id "${step.nodeId}".`,
      });
    }
    if (step.edgeId && !graph.hasEdge(step.edgeId)) {
      issues.push({
        field: `${field}.edgeId`,
        message: `${field}.edgeId: no relationship with id "${step.edgeId}".`,
      });
    }
    for (const key of ["present", "absent"] as const) {
      for (const id of step.case?.[key] ?? []) {
        const kind = graph.nodeKind(id);
        if (kind !== "FINDING") {
          const what = kind ? `is a ${kind.toLowerCase()}, not a finding` : "is not a known finding";
          issues.push({ field: `${field}.case.${key}`, message: `${field}.case.${key}: "${id}" ${what}.` });
        }
      }
    }
  });
  return issues;
}

/** The ids a reference check needs from the graph: step nodes, case findings and step edges. */
export function referencedIds(content: TeachingPathContent): { nodeIds: string[]; edgeIds: string[] } {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const step of content.steps) {
    if (step.nodeId) nodeIds.add(step.nodeId);
    if (step.edgeId) edgeIds.add(step.edgeId);
    for (const id of [...(step.case?.present ?? []), ...(step.case?.absent ?? [])]) nodeIds.add(id);
  }
  return { nodeIds: [...nodeIds], edgeIds: [...edgeIds] };
}
