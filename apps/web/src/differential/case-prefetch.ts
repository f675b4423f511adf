import { type DehydratedState, dehydrate, QueryClient } from "@tanstack/react-query";
import { BROWSER_ID_HEADER } from "../api/browser-id";
import type { TypedDocumentString } from "../api/gql/graphql";
import { type ServerRequestOptions, serverRequest } from "../api/graphql";
import { type QueryAnswer, toQueryKey } from "../api/query-key";
import {
  CaseGraphDocument,
  DifferentialDocument,
  toCaseGraphVariables,
  toDifferentialVariables,
} from "./case-queries";
import type { CaseState } from "./case-state";

/**
 * The longest the server waits for the API before sending the page without the answers (the
 * browser then asks for them itself, as it would without them): a slow API must not
 * hold back the page's first byte for longer than the goal for the whole page (issue 14).
 */
export const PREFETCH_TIMEOUT_MS = 1000;

export interface PrefetchOptions {
  /** The API's base URL (env.apiUrl). */
  apiUrl: string;
  fetchImpl?: typeof fetch;
  /**
   * The browser's id (browser-id.ts), so the API counts this read against that visitor's fair
   * share as it would the browser's own request. No cookie or token is sent: the read is anonymous.
   */
  browserId?: string | null;
  timeoutMs?: number;
}

/**
 * Asks the API for a shared case's differential and then the graph around its candidates, so the
 * page arrives with both and the browser draws the ranking and the graph at once, without asking
 * for either after hydration (issue 14, item 3). The answers are dehydrated under the keys the browser's
 * hooks (use-case.ts) use. Any failure (API down, a refusal, the timeout) leaves that answer out:
 * the browser then asks for it as before.
 */
export async function prefetchCase(
  state: Pick<CaseState, "present" | "absent" | "week" | "expand">,
  { apiUrl, fetchImpl = fetch, browserId = null, timeoutMs = PREFETCH_TIMEOUT_MS }: PrefetchOptions,
): Promise<DehydratedState> {
  const client = new QueryClient();
  const variables = toDifferentialVariables(state);
  if (variables !== null) {
    const ask: ServerRequestOptions = {
      apiUrl,
      fetchImpl,
      headers: browserId === null ? {} : { [BROWSER_ID_HEADER]: browserId },
      signal: AbortSignal.timeout(timeoutMs),
    };
    const differential = await fetchInto(client, DifferentialDocument, variables, ask);
    const candidateIds = differential?.differential.candidates.map((c) => c.condition.id) ?? [];
    const graphVariables = toCaseGraphVariables(candidateIds, state.expand, state.week);
    if (graphVariables !== null) await fetchInto(client, CaseGraphDocument, graphVariables, ask);
  }
  return dehydrate(client);
}

/** One answer into the cache under the browser hook's key; null (and nothing cached) on failure. */
async function fetchInto<TData, TVariables>(
  client: QueryClient,
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  options: ServerRequestOptions,
): Promise<TData | null> {
  try {
    const data = await serverRequest(document, variables, options);
    client.setQueryData<QueryAnswer<TData, TVariables>>(toQueryKey(document, variables), { data, variables });
    return data;
  } catch {
    return null;
  }
}
