"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
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

/**
 * Runs a typed GraphQL query whenever its variables change, cached under its operation name and
 * variables; the one in flight is cancelled when they change. With `variables` null nothing is
 * asked and the state is empty.
 */
export function useGraphQLQuery<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables | null,
): QueryState<TData, TVariables> {
  const query = useQuery({
    queryKey: [toOperationName(document), variables],
    queryFn:
      variables === null
        ? skipToken
        : async ({ signal }) => ({ data: await request(document, variables, { signal }), variables }),
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
