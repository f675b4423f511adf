import type { TypedDocumentString } from "./gql/graphql";

/**
 * Same-origin path the Next route handler forwards to the API (adding the session's bearer token);
 * the early case script (src/differential/early-case.ts) posts there too.
 */
export const GRAPHQL_ENDPOINT = "/graphql";

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; currentVersion?: number };
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
}

/**
 * A failed GraphQL request, carrying the API's error code (e.g. NOT_FOUND, STORE_UNAVAILABLE) and
 * what forms act on: the input field at fault (BAD_USER_INPUT) and the stored version (CONFLICT).
 */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  readonly currentVersion: number | undefined;

  constructor(error: GraphQLErrorBody, status: number) {
    super(error.message);
    this.name = "GraphQLRequestError";
    this.code = error.extensions?.code ?? "UNKNOWN";
    this.status = status;
    this.field = error.extensions?.field;
    this.currentVersion = error.extensions?.currentVersion;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Where to post: the same-origin proxy unless server code names the API itself. */
  endpoint?: string;
}

/**
 * Posts one typed operation (generated from the schema, see src/api/gql) to the same-origin proxy
 * and returns its data, or throws GraphQLRequestError.
 */
export async function request<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  { signal, fetchImpl = fetch, endpoint = GRAPHQL_ENDPOINT }: RequestOptions = {},
): Promise<TData> {
  const response = await fetchImpl(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: document.toString(), variables }),
    credentials: "same-origin",
    signal,
  });

  let body: GraphQLResponseBody<TData>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    throw new GraphQLRequestError(
      {
        message: `The server answered ${response.status} without JSON`,
        extensions: { code: "BAD_RESPONSE" },
      },
      response.status,
    );
  }

  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first, response.status);
  if (body.data == null) {
    throw new GraphQLRequestError(
      { message: "The server answered without data", extensions: { code: "BAD_RESPONSE" } },
      response.status,
    );
  }
  return body.data;
}

export interface ServerRequestOptions {
  /** The API's base URL (env.apiUrl). */
  apiUrl: string;
  /** Headers server code adds: a bearer token, the browser's id. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/**
 * `request` for server code: posts to the API itself with the headers it is given, sends no
 * cookies and keeps the answer out of Next's data cache (it is per viewer, or per moment).
 */
export function serverRequest<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  { apiUrl, headers = {}, signal, fetchImpl = fetch }: ServerRequestOptions,
): Promise<TData> {
  const withHeaders: typeof fetch = (input, init) =>
    fetchImpl(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...headers },
      credentials: "omit",
      cache: "no-store",
    });
  return request(document, variables, { endpoint: `${apiUrl}/graphql`, fetchImpl: withHeaders, signal });
}

export const isCode = (error: unknown, code: string): error is GraphQLRequestError =>
  error instanceof GraphQLRequestError && error.code === code;

/** A sentence for the reader; the unreachable case gets advice rather than a raw message. */
export function describeError(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code === "STORE_UNAVAILABLE") {
      return "The graph API is unreachable. Check that the API is running, then try again.";
    }
    return error.message;
  }
  return "Something went wrong while talking to the graph API.";
}
