"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { request } from "../api/graphql";
import { toOperationName } from "../api/use-query";
import { PathListDocument, type PathStatus, type PathSummary } from "./queries";

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

/** The cache key of every page of every list, which writes to teaching paths make stale. */
export const PATH_LIST_KEY = [toOperationName(PathListDocument)] as const;

/** One status's paths matching the search, a page at a time (cursor pagination); null disables it. */
export function usePathList(status: PathStatus | null, search: string): PathList {
  const query = useInfiniteQuery({
    queryKey: [...PATH_LIST_KEY, { status, search: search.trim() || null }],
    queryFn: ({ pageParam, signal }) =>
      request(
        PathListDocument,
        { first: PAGE_SIZE, after: pageParam, status, search: search.trim() || null },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: ({ teachingPaths: { pageInfo } }) =>
      pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined,
    enabled: status !== null,
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages ?? [];
  return {
    paths: pages.flatMap((page) => page.teachingPaths.edges.map((edge) => edge.node)),
    totalCount: pages.at(-1)?.teachingPaths.totalCount ?? 0,
    hasMore: query.hasNextPage,
    loading: query.isFetching,
    error: query.error,
    loadMore: () => void query.fetchNextPage(),
    refresh: () => void query.refetch(),
  };
}
