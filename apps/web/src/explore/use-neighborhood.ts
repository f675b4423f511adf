"use client";

import { useMemo } from "react";
import { NeighborhoodDocument, toSubgraph } from "../api/queries";
import type { Subgraph } from "../api/types";
import { useGraphQLQuery } from "../api/use-query";

export interface NeighborhoodState {
  /** The last subgraph loaded; kept while the next one loads so the drawing does not blink. */
  subgraph: Subgraph | null;
  loading: boolean;
  error: unknown;
}

/** Loads the depth-1 neighbourhood of the given nodes (safety at the week) whenever the ids change. */
export function useNeighborhood(ids: readonly string[], week: number | null = null): NeighborhoodState {
  const key = ids.join("\n");
  const variables = useMemo(
    () => (key === "" ? null : { ids: key.split("\n"), depth: 1, week }),
    [key, week],
  );
  const { data, loading, error } = useGraphQLQuery(NeighborhoodDocument, variables);
  const subgraph = useMemo(() => (data ? toSubgraph(data.neighborhood) : null), [data]);
  return { subgraph, loading, error };
}
