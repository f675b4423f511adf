/** Same-origin path the Next route handler forwards to the API. */
export const GRAPHQL_ENDPOINT = "/graphql";

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
}

/** A failed GraphQL request, carrying the API's error code (e.g. NOT_FOUND, STORE_UNAVAILABLE). */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(message: string, code: string, status: number) {
    super(message);
    this.name = "GraphQLRequestError";
    this.code = code;
    this.status = status;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  endpoint?: string;
  fetchImpl?: typeof fetch;
}

/** Posts one operation and returns its data, or throws GraphQLRequestError. */
export async function graphqlRequest<TData, TVariables extends object>(
  query: string,
  variables: TVariables,
  { signal, endpoint = GRAPHQL_ENDPOINT, fetchImpl = fetch }: RequestOptions = {},
): Promise<TData> {
  const response = await fetchImpl(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });

  let body: GraphQLResponseBody<TData>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    throw new GraphQLRequestError(
      `The server answered ${response.status} without JSON`,
      "BAD_RESPONSE",
      response.status,
    );
  }

  const first = body.errors?.[0];
  if (first) {
    throw new GraphQLRequestError(first.message, first.extensions?.code ?? "UNKNOWN", response.status);
  }
  if (body.data == null) {
    throw new GraphQLRequestError("The server answered without data", "BAD_RESPONSE", response.status);
  }
  return body.data;
}

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
