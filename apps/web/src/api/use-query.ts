"use client";

import { useEffect, useState } from "react";
import { graphqlRequest } from "./graphql";

export interface QueryState<TData> {
  /** The last answer; kept while the next one loads so the page does not blink. */
  data: TData | null;
  loading: boolean;
  error: unknown;
}

/**
 * Runs a GraphQL query whenever its variables change (compared as JSON) and cancels the one in
 * flight. With `variables` null nothing is asked and the state is empty.
 */
export function useQuery<TData, TVariables extends object>(
  query: string,
  variables: TVariables | null,
): QueryState<TData> {
  const [state, setState] = useState<QueryState<TData>>({ data: null, loading: false, error: null });
  const key = variables === null ? null : JSON.stringify(variables);

  useEffect(() => {
    if (key === null) {
      setState({ data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    graphqlRequest<TData, TVariables>(query, JSON.parse(key) as TVariables, {
      signal: controller.signal,
    }).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [query, key]);

  return state;
}
