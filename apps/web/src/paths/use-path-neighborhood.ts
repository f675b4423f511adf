"use client";

import { useMemo } from "react";
import { useGraphQLQuery } from "../api/use-query";
import { PathNeighborhoodDocument, type PathSubgraph } from "./queries";

export interface PathNeighborhood {
  subgraph: PathSubgraph | null;
  /** The ids the subgraph answers, so callers never judge the current path by a stale graph. */
  forIds: string | null;
  loading: boolean;
  error: unknown;
}

const EMPTY: PathSubgraph = { nodes: [], edges: [], truncated: false };

export const toIdsKey = (ids: readonly string[]) => [...ids].sort().join(",");

/** The depth-1 neighbourhood of the path's nodes; the last answer stays while the next one loads. */
export function usePathNeighborhood(ids: readonly string[]): PathNeighborhood {
  const key = toIdsKey(ids);
  const variables = useMemo(() => (key === "" ? null : { ids: key.split(",") }), [key]);
  const { data, dataVariables, loading, error } = useGraphQLQuery(PathNeighborhoodDocument, variables);
  if (key === "") return { subgraph: EMPTY, forIds: "", loading: false, error: null };
  return {
    subgraph: data?.neighborhood ?? null,
    forIds: dataVariables ? toIdsKey(dataVariables.ids.map(String)) : null,
    loading,
    error,
  };
}
