import type { StepTarget } from "./connectivity";
import {
  createStep,
  type Draft,
  type DraftStep,
  EMPTY_DRAFT,
  toDraft,
  toFingerprint,
  withSavedIds,
} from "./draft";
import { moveItem } from "./reorder";
import type { PathStatus, TeachingPathData } from "./types";

export type EditorProblem =
  | { kind: "conflict"; currentVersion: number | undefined }
  | { kind: "error"; message: string; field: string | undefined };

export interface EditorState {
  /** Null until the first save creates the path. */
  pathId: string | null;
  /** The version the draft was loaded or last saved at; sent back as expectedVersion. */
  version: number;
  status: PathStatus;
  draft: Draft;
  /** Fingerprint of what the API holds; the draft is unsaved when its own differs. */
  savedFingerprint: string;
  selectedKey: string | null;
  busy: "saving" | "publishing" | null;
  problem: EditorProblem | null;
}

export type EditorAction =
  | { type: "loaded"; path: TeachingPathData }
  | { type: "meta"; field: "title" | "summary" | "audience"; value: string }
  | { type: "add-step"; target: StepTarget; key: string }
  | { type: "edit-step"; key: string; patch: Partial<Pick<DraftStep, "annotation" | "question" | "answer">> }
  | { type: "remove-step"; key: string }
  | { type: "move-step"; from: number; to: number }
  | { type: "select"; key: string }
  | { type: "busy"; busy: "saving" | "publishing" }
  | { type: "saved"; path: TeachingPathData; sentKeys: string[]; sentDraft: Draft }
  /** Published or unpublished: the content did not change, only the status and version. */
  | { type: "status-changed"; path: TeachingPathData }
  | { type: "failed"; problem: EditorProblem }
  | { type: "dismiss" };

export const INITIAL_EDITOR: EditorState = {
  pathId: null,
  version: 0,
  status: "DRAFT",
  draft: EMPTY_DRAFT,
  savedFingerprint: toFingerprint(EMPTY_DRAFT),
  selectedKey: null,
  busy: null,
  problem: null,
};

export const isDirty = (state: EditorState) => toFingerprint(state.draft) !== state.savedFingerprint;

export const selectedIndex = (state: EditorState) =>
  state.draft.steps.findIndex((step) => step.key === state.selectedKey);

function withSteps(state: EditorState, steps: DraftStep[]): EditorState {
  return { ...state, draft: { ...state.draft, steps } };
}

/** The builder's state transitions; pure, so every editing rule is unit-tested. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { steps } = state.draft;
  switch (action.type) {
    case "loaded": {
      const draft = toDraft(action.path);
      const keep = draft.steps.some((step) => step.key === state.selectedKey);
      return {
        ...INITIAL_EDITOR,
        pathId: action.path.id,
        version: action.path.version,
        status: action.path.status,
        draft,
        savedFingerprint: toFingerprint(draft),
        selectedKey: keep ? state.selectedKey : (draft.steps[0]?.key ?? null),
      };
    }
    case "meta":
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case "add-step": {
      // A new step goes after the selected one, so clicking along the graph extends the walk from there.
      const at = selectedIndex(state) < 0 ? steps.length : selectedIndex(state) + 1;
      const step = createStep(action.target, action.key);
      return {
        ...withSteps(state, [...steps.slice(0, at), step, ...steps.slice(at)]),
        selectedKey: action.key,
      };
    }
    case "edit-step":
      return withSteps(
        state,
        steps.map((step) => (step.key === action.key ? { ...step, ...action.patch } : step)),
      );
    case "remove-step": {
      const index = steps.findIndex((step) => step.key === action.key);
      if (index < 0) return state;
      const rest = steps.filter((step) => step.key !== action.key);
      const selectedKey =
        state.selectedKey === action.key
          ? (rest[Math.min(index, rest.length - 1)]?.key ?? null)
          : state.selectedKey;
      return { ...withSteps(state, rest), selectedKey };
    }
    case "move-step":
      return withSteps(state, moveItem(steps, action.from, action.to));
    case "select":
      return { ...state, selectedKey: action.key };
    case "busy":
      return { ...state, busy: action.busy, problem: null };
    case "saved": {
      const ids = action.path.steps.map((step) => step.id);
      return {
        ...state,
        pathId: action.path.id,
        version: action.path.version,
        status: action.path.status,
        draft: withSavedIds(state.draft, action.sentKeys, ids),
        savedFingerprint: toFingerprint(withSavedIds(action.sentDraft, action.sentKeys, ids)),
        busy: null,
        problem: null,
      };
    }
    case "status-changed":
      return {
        ...state,
        version: action.path.version,
        status: action.path.status,
        busy: null,
        problem: null,
      };
    case "failed":
      return { ...state, busy: null, problem: action.problem };
    case "dismiss":
      return { ...state, problem: null };
  }
}
