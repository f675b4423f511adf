"use client";

import { useEffect, useState } from "react";
import { PATH_NEIGHBORHOOD_QUERY } from "./queries";
import { pathRequest } from "./request";
import type { PathSubgraph } from "./types";

export interface PathNeighborhood {
  subgraph: PathSubgraph | null;
  /** The ids the subgraph answers, so callers never judge the current path by a stale graph. */
  forIds: string | null;
  loading: boolean;
  error: unknown;
}

const EMPTY: PathSubgraph = { nodes: [], edges: [], truncated: false };

/** The depth-1 neighbourhood of the path's nodes; the last answer stays while the next one loads. */
export function usePathNeighborhood(ids: readonly string[]): PathNeighborhood {
  const key = [...ids].sort().join(",");
  const [state, setState] = useState<PathNeighborhood>({
    subgraph: null,
    forIds: null,
    loading: false,
    error: null,
  });

  useEffect(() => {
    if (key === "") {
      setState({ subgraph: EMPTY, forIds: "", loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    pathRequest<{ neighborhood: PathSubgraph }>(
      PATH_NEIGHBORHOOD_QUERY,
      { ids: key.split(",") },
      { signal: controller.signal },
    ).then(
      (data) => setState({ subgraph: data.neighborhood, forIds: key, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false, error }));
      },
    );
    return () => controller.abort();
  }, [key]);

  return state;
}

export const toIdsKey = (ids: readonly string[]) => [...ids].sort().join(",");
