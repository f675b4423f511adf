"use client";

import { useCallback, useEffect, useState } from "react";
import { PATH_LIST_QUERY } from "./queries";
import { pathRequest } from "./request";
import type { PathStatus, PathSummary } from "./types";

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: PathSummary }[];
}

export interface PathList {
  paths: PathSummary[];
  totalCount: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore: () => void;
  refresh: () => void;
}

export const PAGE_SIZE = 12;

/** One status's paths matching the search, a page at a time (cursor pagination); null disables it. */
export function usePathList(status: PathStatus | null, search: string): PathList {
  const [paths, setPaths] = useState<PathSummary[]>([]);
  const [page, setPage] = useState<Connection | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  const fetchPage = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      setLoading(true);
      try {
        const variables = { first: PAGE_SIZE, after, status, search: search.trim() || null };
        const data = await pathRequest<{ teachingPaths: Connection }>(PATH_LIST_QUERY, variables, { signal });
        const found = data.teachingPaths.edges.map((edge) => edge.node);
        setPaths((previous) => (after === null ? found : [...previous, ...found]));
        setPage(data.teachingPaths);
        setError(null);
      } catch (caught) {
        if (!signal?.aborted) setError(caught);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [status, search],
  );

  // `generation` is listed so that refresh() asks again.
  useEffect(() => {
    if (status === null) return;
    const controller = new AbortController();
    void fetchPage(null, controller.signal);
    return () => controller.abort();
  }, [fetchPage, status, generation]);

  return {
    paths,
    totalCount: page?.totalCount ?? 0,
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore: () => {
      if (page?.pageInfo.endCursor) void fetchPage(page.pageInfo.endCursor);
    },
    refresh: () => setGeneration((count) => count + 1),
  };
}
