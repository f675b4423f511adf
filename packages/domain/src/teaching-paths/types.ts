/**
 * Teaching paths: an educator's ordered, annotated walk through the graph. These are the plain
 * value types every layer shares; the store, the API and the export format all speak them.
 */

export const TEACHING_PATH_STATUSES = ["draft", "published"] as const;
export type TeachingPathStatus = (typeof TEACHING_PATH_STATUSES)[number];

/** Limits on a path's content, in one place so the checks, the docs and the errors agree. */
export const TEACHING_PATH_LIMITS = {
  titleMax: 200,
  summaryMax: 2000,
  audienceMax: 200,
  stepsMax: 200,
  annotationMax: 20_000,
  questionMax: 2000,
  answerMax: 5000,
  /** Present and absent findings together, as for a differential. */
  caseFindingsMax: 100,
  idMax: 200,
} as const;

/** A saved differential case a step can show: findings present and absent, and a week. */
export interface TeachingCase {
  present: string[];
  absent: string[];
  gestationalWeek: number | null;
}

/** What an educator writes for one step. Exactly one of `nodeId` and `edgeId` is set. */
export interface TeachingStepContent {
  /** An existing step's id, kept when editing so the step keeps its identity; none for new steps. */
  id?: string | undefined;
  nodeId: string | null;
  /** A relationship's stable id, `TYPE:from->to`. */
  edgeId: string | null;
  case: TeachingCase | null;
  /** Markdown, stored verbatim; render it with `renderAnnotation`, which sanitises. */
  annotation: string;
  question: string | null;
  /** Shown only when the learner asks for it. */
  answer: string | null;
}

/** What an educator writes for a path: everything the export format carries. */
export interface TeachingPathContent {
  title: string;
  summary: string;
  audience: string;
  steps: TeachingStepContent[];
}

export interface TeachingStep extends TeachingStepContent {
  id: string;
  /** 0-based place in the path. */
  position: number;
}

/** A stored path: its content plus identity, authorship, status and the version for concurrency. */
export interface TeachingPath extends TeachingPathContent {
  id: string;
  author: string;
  /** Who may change it besides admins: the stable id of the token that created it ("seed" for shipped paths). */
  ownerId: string;
  status: TeachingPathStatus;
  /** 1 at creation, +1 per change; updates name the version they expect. */
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  steps: TeachingStep[];
}

/** One problem with submitted content; `field` is a path into the input, e.g. `steps[3].annotation`. */
export interface ContentIssue {
  field: string;
  message: string;
}
