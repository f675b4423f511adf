"use client";

import type { NodeKind } from "@bpx/domain";
import { useEffect, useState } from "react";
import { graphqlRequest } from "../api/graphql";
import { SEARCH_QUERY, type SearchData, type SearchVariables } from "../api/queries";
import type { SearchHit } from "../api/types";
import { SEARCH_DEBOUNCE_MS, toSearchText } from "./search";

export interface SearchState {
  /** The text these hits answer, so stale hits are never shown against newer text. */
  text: string | null;
  hits: SearchHit[];
  loading: boolean;
  error: unknown;
}

const IDLE: SearchState = { text: null, hits: [], loading: false, error: null };

/** Searches the graph once typing pauses; a newer query cancels the one in flight. */
export function useSearch(input: string, kinds?: readonly NodeKind[], first = 8): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const text = toSearchText(input);
  const kindKey = kinds?.join(",") ?? "";

  useEffect(() => {
    if (text === null) {
      setState(IDLE);
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      graphqlRequest<SearchData, SearchVariables>(
        SEARCH_QUERY,
        { text, first, ...(kindKey ? { kinds: kindKey.split(",") as NodeKind[] } : {}) },
        { signal: controller.signal },
      ).then(
        (data) => setState({ text, hits: data.search, loading: false, error: null }),
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ text, hits: [], loading: false, error });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, first, kindKey]);

  return state;
}
