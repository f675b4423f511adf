"use client";

import { keepPreviousData, type QueryClient, skipToken, useQuery } from "@tanstack/react-query";
import type { TypedDocumentString } from "./gql/graphql";
import { request } from "./graphql";

export interface QueryState<TData, TVariables> {
  /** The last answer; kept while the next one loads so the page does not blink. */
  data: TData | null;
  /** The variables `data` answers: the previous ones while the next answer loads. */
  dataVariables: TVariables | null;
  loading: boolean;
  error: unknown;
}

/** The name of the operation (every document the app sends is named), which leads its cache key. */
export function toOperationName(document: { toString(): string }): string {
  const text = document.toString();
  return /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? text;
}

export interface GraphQLQueryOptions<TData, TVariables> {
  /**
   * Called with each answer as soon as it arrives, before any component renders it: where the
   * answer names what to ask for next, the next request need not wait for the page to render.
   */
  onAnswer?: (data: TData, variables: TVariables) => void;
}

/** The cache key of a query: its operation's name and its variables. */
function toQueryKey(document: { toString(): string }, variables: unknown) {
  return [toOperationName(document), variables] as const;
}

/**
 * Runs a typed GraphQL query whenever its variables change, cached under its operation name and
 * variables; the one in flight is cancelled when they change. With `variables` null nothing is
 * asked and the state is empty.
 */
export function useGraphQLQuery<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables | null,
  options: GraphQLQueryOptions<TData, TVariables> = {},
): QueryState<TData, TVariables> {
  const { onAnswer } = options;
  const query = useQuery({
    queryKey: toQueryKey(document, variables),
    queryFn:
      variables === null
        ? skipToken
        : async ({ signal }) => {
            const data = await request(document, variables, { signal });
            onAnswer?.(data, variables);
            return { data, variables };
          },
    placeholderData: keepPreviousData,
  });
  // A disabled query would still offer the previous answer as a placeholder: nothing asked, nothing shown.
  const answer = variables === null ? undefined : query.data;
  return {
    data: answer?.data ?? null,
    dataVariables: answer?.variables ?? null,
    loading: query.isFetching,
    error: variables === null ? null : query.error,
  };
}

/**
 * Asks for a query now, under the key and in the shape useGraphQLQuery gives it, so the component
 * that asks for it later finds it in flight or answered instead of sending it then.
 */
export function prefetchGraphQLQuery<TData, TVariables>(
  client: QueryClient,
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
): void {
  void client.prefetchQuery({
    queryKey: toQueryKey(document, variables),
    queryFn: async ({ signal }) => ({ data: await request(document, variables, { signal }), variables }),
  });
}
