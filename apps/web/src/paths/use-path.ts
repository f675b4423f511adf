"use client";

import { useEffect, useState } from "react";
import { PATH_QUERY } from "./queries";
import { pathRequest } from "./request";
import type { TeachingPathData } from "./types";

export interface PathState {
  path: TeachingPathData | null;
  loading: boolean;
  error: unknown;
}

/** One teaching path as the viewer may see it; null when there is none (or it is a draft they may not see). */
export function usePath(id: string): PathState {
  const [state, setState] = useState<PathState>({ path: null, loading: true, error: null });
  useEffect(() => {
    const controller = new AbortController();
    pathRequest<{ teachingPath: TeachingPathData | null }>(
      PATH_QUERY,
      { id },
      { signal: controller.signal },
    ).then(
      (data) => setState({ path: data.teachingPath, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ path: null, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [id]);
  return state;
}
