"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import type { TypedDocumentString } from "./gql/graphql";
import { request } from "./graphql";
import { type QueryAnswer, toQueryKey } from "./query-key";

export { toOperationName } from "./query-key";

export interface QueryState<TData, TVariables> {
  /** The last answer; kept while the next one loads so the page does not blink. */
  data: TData | null;
  /** The variables `data` answers: the previous ones while the next answer loads. */
  dataVariables: TVariables | null;
  loading: boolean;
  error: unknown;
}

export interface QueryOptions {
  /**
   * How long an answer counts as fresh (ms): a fresh cached answer is shown without asking again
   * when a component using it mounts. 0 (the default) asks again on every mount.
   */
  staleTime?: number;
}

/**
 * Runs a typed GraphQL query whenever its variables change, cached under its operation name and
 * variables; the one in flight is cancelled when they change. With `variables` null nothing is
 * asked and the state is empty.
 */
export function useGraphQLQuery<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables | null,
  { staleTime = 0 }: QueryOptions = {},
): QueryState<TData, TVariables> {
  const query = useQuery({
    queryKey: toQueryKey(document, variables),
    queryFn:
      variables === null
        ? skipToken
        : async ({ signal }): Promise<QueryAnswer<TData, TVariables>> => ({
            data: await request(document, variables, { signal }),
            variables,
          }),
    placeholderData: keepPreviousData,
    staleTime,
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
