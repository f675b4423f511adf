"use client";

import { useEffect, useState } from "react";
import { graphqlRequest } from "../api/graphql";
import { NEIGHBORHOOD_QUERY, type NeighborhoodData, type NeighborhoodVariables } from "../api/queries";
import type { Subgraph } from "../api/types";

export interface NeighborhoodState {
  /** The last subgraph loaded; kept while the next one loads so the drawing does not blink. */
  subgraph: Subgraph | null;
  loading: boolean;
  error: unknown;
}

const EMPTY: NeighborhoodState = { subgraph: null, loading: false, error: null };

/** Loads the depth-1 neighbourhood of the given nodes (safety at the week) whenever the ids change. */
export function useNeighborhood(ids: readonly string[], week: number | null = null): NeighborhoodState {
  const [state, setState] = useState<NeighborhoodState>(EMPTY);
  const key = ids.join("\n");

  useEffect(() => {
    const focus = key === "" ? [] : key.split("\n");
    if (focus.length === 0) {
      setState(EMPTY);
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    graphqlRequest<NeighborhoodData, NeighborhoodVariables>(
      NEIGHBORHOOD_QUERY,
      { ids: focus, depth: 1, week },
      { signal: controller.signal },
    ).then(
      (data) => setState({ subgraph: data.neighborhood, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ subgraph: null, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [key, week]);

  return state;
}
