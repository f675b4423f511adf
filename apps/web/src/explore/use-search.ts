"use client";

import type { NodeKind } from "@bpx/domain";
import { useMemo } from "react";
import { SearchDocument } from "../api/queries";
import type { SearchHit } from "../api/types";
import { useGraphQLQuery } from "../api/use-query";
import { useDebounced } from "../shared/use-debounced";
import { SEARCH_DEBOUNCE_MS, toSearchText } from "./search";

export interface SearchState {
  /** The text these hits answer, so stale hits are never shown against newer text. */
  text: string | null;
  hits: SearchHit[];
  loading: boolean;
  error: unknown;
}

/** Searches the graph once typing pauses; a newer query cancels the one in flight. */
export function useSearch(input: string, kinds?: readonly NodeKind[], first = 8): SearchState {
  const text = useDebounced(toSearchText(input), SEARCH_DEBOUNCE_MS);
  const kindKey = kinds?.join(",") ?? "";
  const variables = useMemo(
    () =>
      text === null ? null : { text, first, ...(kindKey ? { kinds: kindKey.split(",") as NodeKind[] } : {}) },
    [text, first, kindKey],
  );
  const { data, dataVariables, loading, error } = useGraphQLQuery(SearchDocument, variables);
  // A refusal answers the text asked; hits answer the text they were found for.
  return {
    text: error ? text : (dataVariables?.text ?? null),
    hits: data?.search ?? [],
    loading,
    error,
  };
}
