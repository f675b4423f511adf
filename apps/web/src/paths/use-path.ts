"use client";

import { useMemo } from "react";
import { useGraphQLQuery } from "../api/use-query";
import { PathDocument, type TeachingPathData } from "./queries";

export interface PathState {
  path: TeachingPathData | null;
  loading: boolean;
  error: unknown;
}

/** One teaching path as the viewer may see it; null when there is none (or it is a draft they may not see). */
export function usePath(id: string): PathState {
  const variables = useMemo(() => ({ id }), [id]);
  const { data, dataVariables, error } = useGraphQLQuery(PathDocument, variables);
  // Another path's answer, kept while this one loads, is not this path.
  const answered = dataVariables?.id === id;
  return {
    path: answered ? (data?.teachingPath ?? null) : null,
    loading: !answered && error === null,
    error,
  };
}
