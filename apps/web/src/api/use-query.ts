"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { takeEarlyResponse } from "./early";
import type { TypedDocumentString } from "./gql/graphql";
import { request } from "./graphql";
import { toOperationName } from "./operation-name";

export interface QueryState<TData, TVariables> {
  /** The last answer; kept while the next one loads so the page does not blink. */
  data: TData | null;
  /** The variables `data` answers: the previous ones while the next answer loads. */
  dataVariables: TVariables | null;
  loading: boolean;
  error: unknown;
}

export { toOperationName } from "./operation-name";

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
        : async ({ signal }) => {
            // Asked already by the page's early script (src/api/early.ts): take that answer, or ask
            // again if that request failed to reach the server.
            const early = takeEarlyResponse(toOperationName(document), variables);
            const fetchImpl: typeof fetch | undefined = early
              ? (input, init) => early.catch(() => fetch(input, init))
              : undefined;
            return { data: await request(document, variables, { signal, fetchImpl }), variables };
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
