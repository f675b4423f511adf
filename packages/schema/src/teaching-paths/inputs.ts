import type { TeachingCase, TeachingPathContent, TeachingStepContent } from "@bpx/domain";
import type { PathChange } from "@bpx/graph-store";
import type {
  CreateTeachingPathInput,
  TeachingCaseInput,
  TeachingPathPatch,
  TeachingStepInput,
} from "../generated/resolvers-types";

/** Blank optional text is no text: a form's empty question field means "no question". */
const optional = (text: string | null | undefined) => (text?.trim() ? text : null);

function toCase(c: TeachingCaseInput | null | undefined): TeachingCase | null {
  if (!c) return null;
  return { present: c.present, absent: c.absent ?? [], gestationalWeek: c.gestationalWeek ?? null };
}

export function toStepContent(step: TeachingStepInput): TeachingStepContent {
  return {
    id: step.id ?? undefined,
    nodeId: step.nodeId || null,
    edgeId: step.edgeId || null,
    case: toCase(step.case),
    // Annotations are Markdown and kept exactly as written (whitespace is meaningful there).
    annotation: step.annotation ?? "",
    question: optional(step.question),
    answer: optional(step.answer),
  };
}

export function toContent(input: CreateTeachingPathInput): TeachingPathContent {
  return {
    title: input.title.trim(),
    summary: (input.summary ?? "").trim(),
    audience: (input.audience ?? "").trim(),
    steps: (input.steps ?? []).map(toStepContent),
  };
}

/** The fields a patch changes; null and absent both mean "keep". */
export function toChange(patch: TeachingPathPatch): PathChange {
  const change: PathChange = {};
  if (patch.title !== null && patch.title !== undefined) change.title = patch.title.trim();
  if (patch.summary !== null && patch.summary !== undefined) change.summary = patch.summary.trim();
  if (patch.audience !== null && patch.audience !== undefined) change.audience = patch.audience.trim();
  if (patch.steps) change.steps = patch.steps.map(toStepContent);
  return change;
}
