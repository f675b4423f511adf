"use client";

import { useCallback, useEffect, useReducer, useState } from "react";
import { describeError } from "../api/graphql";
import { toContentInput } from "./draft";
import { type EditorProblem, editorReducer, INITIAL_EDITOR, isDirty } from "./editor-state";
import {
  CREATE_PATH_MUTATION,
  PATH_QUERY,
  PUBLISH_PATH_MUTATION,
  UNPUBLISH_PATH_MUTATION,
  UPDATE_PATH_MUTATION,
} from "./queries";
import { isCode, PathRequestError, pathRequest } from "./request";
import type { TeachingPathData } from "./types";

/** What went wrong, in words an educator can act on. */
function toProblem(error: unknown): EditorProblem {
  if (isCode(error, "CONFLICT")) return { kind: "conflict", currentVersion: error.currentVersion };
  let message = describeError(error);
  if (isCode(error, "UNAUTHENTICATED"))
    message = "You are signed out (or your sign-in expired). Sign in again to save.";
  if (isCode(error, "FORBIDDEN")) message = "Your token may read teaching paths but not change them.";
  return { kind: "error", message, field: error instanceof PathRequestError ? error.field : undefined };
}

async function fetchPath(id: string): Promise<TeachingPathData> {
  const data = await pathRequest<{ teachingPath: TeachingPathData | null }>(PATH_QUERY, { id });
  if (!data.teachingPath)
    throw new PathRequestError({ message: `There is no teaching path "${id}" you may edit.` }, 404);
  return data.teachingPath;
}

/** Loads, edits, saves and publishes one path; `pathId` null starts a new one. */
export function usePathEditor(pathId: string | null) {
  const [state, dispatch] = useReducer(editorReducer, INITIAL_EDITOR);
  // Loading until mounted, even for a new path: typing into server-rendered fields before hydration is lost.
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);

  const load = useCallback(async (id: string) => {
    setLoading(true);
    try {
      dispatch({ type: "loaded", path: await fetchPath(id) });
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (pathId !== null) void load(pathId);
    else setLoading(false);
  }, [pathId, load]);

  /** Saves the draft; returns the stored path, or null when the API refused (the problem is shown). */
  async function save(): Promise<TeachingPathData | null> {
    // A second Ctrl+S while the first save is in flight would create the path twice.
    if (state.busy !== null) return null;
    const sentDraft = state.draft;
    const sentKeys = sentDraft.steps.map((step) => step.key);
    dispatch({ type: "busy", busy: "saving" });
    try {
      const input = toContentInput(sentDraft);
      const path =
        state.pathId === null
          ? (await pathRequest<{ createTeachingPath: TeachingPathData }>(CREATE_PATH_MUTATION, { input }))
              .createTeachingPath
          : (
              await pathRequest<{ updateTeachingPath: TeachingPathData }>(UPDATE_PATH_MUTATION, {
                id: state.pathId,
                expectedVersion: state.version,
                patch: input,
              })
            ).updateTeachingPath;
      dispatch({ type: "saved", path, sentKeys, sentDraft });
      // The new path now has an address; keep the page (and its state), change the URL.
      if (state.pathId === null)
        window.history.replaceState(null, "", `/paths/${encodeURIComponent(path.id)}/edit`);
      return path;
    } catch (error) {
      dispatch({ type: "failed", problem: toProblem(error) });
      return null;
    }
  }

  /** Publishes (saving first when there are unsaved changes) or unpublishes. */
  async function setPublished(publish: boolean): Promise<void> {
    let version = state.version;
    let id = state.pathId;
    if (id === null || isDirty(state)) {
      const saved = await save();
      if (!saved) return;
      version = saved.version;
      id = saved.id;
    }
    dispatch({ type: "busy", busy: "publishing" });
    const [mutation, field] = publish
      ? [PUBLISH_PATH_MUTATION, "publishTeachingPath"]
      : [UNPUBLISH_PATH_MUTATION, "unpublishTeachingPath"];
    try {
      const data = await pathRequest<Record<string, TeachingPathData>>(mutation, {
        id,
        expectedVersion: version,
      });
      const path = data[field];
      if (path) dispatch({ type: "status-changed", path });
    } catch (error) {
      dispatch({ type: "failed", problem: toProblem(error) });
    }
  }

  return {
    state,
    dispatch,
    loading,
    loadError,
    save,
    setPublished,
    reload: () => (state.pathId ? load(state.pathId) : Promise.resolve()),
  };
}

export type PathEditor = ReturnType<typeof usePathEditor>;
