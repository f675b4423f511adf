import { describe, expect, it } from "vitest";
import { toContentInput } from "./draft";
import { type EditorAction, editorReducer, INITIAL_EDITOR, isDirty, selectedIndex } from "./editor-state";
import type { TeachingPathData } from "./types";

const run = (...actions: EditorAction[]) => actions.reduce(editorReducer, INITIAL_EDITOR);
const add = (nodeId: string): EditorAction => ({
  type: "add-step",
  target: { nodeId, edgeId: null },
  key: `k-${nodeId}`,
});
const FIRST_STEP = {
  id: "s1",
  position: 0,
  nodeId: "fever",
  edgeId: null,
  node: null,
  edge: null,
  case: null,
  annotation: "a",
  question: null,
  answer: null,
};
const ids = (state: ReturnType<typeof run>) => state.draft.steps.map((step) => step.nodeId ?? step.edgeId);

function stored(overrides: Partial<TeachingPathData> = {}): TeachingPathData {
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
    steps: [
      {
        id: "s1",
        position: 0,
        nodeId: "fever",
        edgeId: null,
        node: null,
        edge: null,
        case: null,
        annotation: "a",
        question: null,
        answer: null,
      },
    ],
    ...overrides,
  };
}

describe("editorReducer", () => {
  it("adds steps after the selected one and selects the new step", () => {
    const state = run(add("a"), add("b"), { type: "select", key: "k-a" }, add("c"));
    expect(ids(state)).toEqual(["a", "c", "b"]);
    expect(state.selectedKey).toBe("k-c");
    expect(selectedIndex(state)).toBe(1);
  });

  it("reorders, edits and removes steps, keeping a sensible selection", () => {
    let state = run(add("a"), add("b"), add("c"), { type: "move-step", from: 2, to: 0 });
    expect(ids(state)).toEqual(["c", "a", "b"]);
    state = editorReducer(state, { type: "edit-step", key: "k-a", patch: { annotation: "**why**" } });
    expect(state.draft.steps[1]?.annotation).toBe("**why**");
    state = editorReducer(state, { type: "select", key: "k-b" });
    state = editorReducer(state, { type: "remove-step", key: "k-b" });
    expect(ids(state)).toEqual(["c", "a"]);
    expect(state.selectedKey).toBe("k-a");
  });

  it("is unsaved after an edit and saved again once the API has the same content", () => {
    const loaded = run({ type: "loaded", path: stored() });
    expect(isDirty(loaded)).toBe(false);
    expect(loaded.selectedKey).toBe("s1");
    const edited = editorReducer(loaded, { type: "meta", field: "title", value: "New title" });
    expect(isDirty(edited)).toBe(true);
    const sentDraft = edited.draft;
    const saved = editorReducer(editorReducer(edited, { type: "busy", busy: "saving" }), {
      type: "saved",
      path: stored({ title: "New title", version: 2 }),
      sentKeys: sentDraft.steps.map((step) => step.key),
      sentDraft,
    });
    expect(saved.version).toBe(2);
    expect(saved.busy).toBeNull();
    expect(isDirty(saved)).toBe(false);
  });

  it("stays unsaved when the draft changed while the save was in flight, and gives new steps their ids", () => {
    const sentState = run(add("a"), { type: "meta", field: "title", value: "T" });
    const sentDraft = sentState.draft;
    const during = editorReducer(sentState, add("b"));
    const saved = editorReducer(during, {
      type: "saved",
      path: stored({
        id: "p9",
        version: 1,
        steps: [{ ...FIRST_STEP, id: "new-a", nodeId: "a", annotation: "" }],
      }),
      sentKeys: ["k-a"],
      sentDraft,
    });
    expect(saved.pathId).toBe("p9");
    expect(toContentInput(saved.draft).steps.map((step) => step.id)).toEqual(["new-a", undefined]);
    expect(isDirty(saved)).toBe(true);
  });

  it("changes only the status and version on publishing", () => {
    const loaded = run({ type: "loaded", path: stored() });
    const published = editorReducer(editorReducer(loaded, { type: "busy", busy: "publishing" }), {
      type: "status-changed",
      path: stored({ status: "PUBLISHED", version: 2 }),
    });
    expect(published).toMatchObject({ status: "PUBLISHED", version: 2, busy: null, draft: loaded.draft });
    expect(isDirty(published)).toBe(false);
  });

  it("keeps the draft when a save fails, and reports the problem", () => {
    const state = run(
      add("a"),
      { type: "busy", busy: "saving" },
      { type: "failed", problem: { kind: "conflict", currentVersion: 3 } },
    );
    expect(ids(state)).toEqual(["a"]);
    expect(state.busy).toBeNull();
    expect(state.problem).toEqual({ kind: "conflict", currentVersion: 3 });
    expect(isDirty(state)).toBe(true);
    expect(editorReducer(state, { type: "dismiss" }).problem).toBeNull();
  });
});
