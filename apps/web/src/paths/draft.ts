import type { StepTarget } from "./connectivity";
import type { PathContentInput, TeachingCaseInput, TeachingPathData, TeachingStepInput } from "./types";

/** A step as the builder edits it; `key` identifies it on the page before the API gives it an id. */
export interface DraftStep extends StepTarget {
  key: string;
  /** The API's id once saved, sent back so the step keeps its identity. */
  id?: string;
  annotation: string;
  question: string;
  answer: string;
  /** Carried through unchanged: the builder does not edit cases, but must not drop them. */
  case: TeachingCaseInput | null;
}

export interface Draft {
  title: string;
  summary: string;
  audience: string;
  steps: DraftStep[];
}

export const EMPTY_DRAFT: Draft = { title: "", summary: "", audience: "", steps: [] };

export function toDraft(path: TeachingPathData): Draft {
  return {
    title: path.title,
    summary: path.summary,
    audience: path.audience,
    steps: path.steps.map((step) => ({
      key: step.id,
      id: step.id,
      nodeId: step.nodeId,
      edgeId: step.edgeId,
      annotation: step.annotation,
      question: step.question ?? "",
      answer: step.answer ?? "",
      case: step.case
        ? { present: step.case.present, absent: step.case.absent, gestationalWeek: step.case.gestationalWeek }
        : null,
    })),
  };
}

/** A new, empty step for a node or a relationship. */
export function createStep(target: StepTarget, key: string): DraftStep {
  return {
    key,
    nodeId: target.nodeId,
    edgeId: target.edgeId,
    annotation: "",
    question: "",
    answer: "",
    case: null,
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text);

/** The content as the API takes it: blank questions and answers are left out, not sent as "". */
export function toContentInput(draft: Draft): PathContentInput {
  return {
    title: draft.title.trim(),
    summary: draft.summary,
    audience: draft.audience,
    steps: draft.steps.map(
      (step): TeachingStepInput => ({
        ...(step.id ? { id: step.id } : {}),
        nodeId: step.nodeId,
        edgeId: step.edgeId,
        case: step.case,
        annotation: step.annotation,
        question: orNull(step.question),
        answer: orNull(step.answer),
      }),
    ),
  };
}

/** Two drafts with the same fingerprint would save the same content: the basis of "unsaved". */
export function toFingerprint(draft: Draft): string {
  return JSON.stringify(toContentInput(draft));
}

/**
 * Gives the steps that were sent in a save the ids the API answered with (same order), leaving any
 * step added while the save was in flight without one.
 */
export function withSavedIds(draft: Draft, sentKeys: readonly string[], savedIds: readonly string[]): Draft {
  const idByKey = new Map(sentKeys.map((key, i) => [key, savedIds[i]]));
  return {
    ...draft,
    steps: draft.steps.map((step) => {
      const id = idByKey.get(step.key);
      return id ? { ...step, id } : step;
    }),
  };
}

/** Why the path cannot be published yet, in the order an educator would fix it; empty when it can. */
export function toPublishProblems(draft: Draft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === "") problems.push("Give the path a title.");
  if (draft.steps.length === 0) problems.push("Add at least one step.");
  draft.steps.forEach((step, i) => {
    if (step.annotation.trim() === "") problems.push(`Step ${i + 1} needs an annotation.`);
    if (step.answer.trim() !== "" && step.question.trim() === "") {
      problems.push(`Step ${i + 1} has an answer but no question.`);
    }
  });
  return problems;
}

/** The step an API field such as `steps[2].annotation` points at, or null. */
export function toStepIndexOfField(field: string | undefined): number | null {
  const match = field ? /^steps\[(\d+)\]/.exec(field) : null;
  return match?.[1] ? Number(match[1]) : null;
}
