import { GRAPHQL_ENDPOINT, GraphQLRequestError } from "../api/graphql";

interface ErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; currentVersion?: number };
}

/**
 * A refused teaching-path request. Beyond the code it keeps what the paths pages act on: the
 * input field at fault (BAD_USER_INPUT) and the stored version (CONFLICT).
 */
export class PathRequestError extends GraphQLRequestError {
  readonly field: string | undefined;
  readonly currentVersion: number | undefined;

  constructor(error: ErrorBody, status: number) {
    super(error.message, error.extensions?.code ?? "UNKNOWN", status);
    this.name = "PathRequestError";
    this.field = error.extensions?.field;
    this.currentVersion = error.extensions?.currentVersion;
  }
}

/**
 * Posts one operation to the same-origin proxy, which adds the session's bearer token, and returns
 * its data or throws. The shared graphqlRequest drops error extensions, which the builder needs.
 */
export async function pathRequest<TData>(
  query: string,
  variables: object,
  { signal, fetchImpl = fetch }: { signal?: AbortSignal; fetchImpl?: typeof fetch } = {},
): Promise<TData> {
  const response = await fetchImpl(GRAPHQL_ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    credentials: "same-origin",
    signal,
  });
  let body: { data?: TData | null; errors?: ErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new PathRequestError(
      { message: `The server answered ${response.status} without JSON` },
      response.status,
    );
  }
  const [first] = body.errors ?? [];
  if (first) throw new PathRequestError(first, response.status);
  if (body.data == null)
    throw new PathRequestError({ message: "The server answered without data" }, response.status);
  return body.data;
}

export const isCode = (error: unknown, code: string): error is PathRequestError =>
  error instanceof GraphQLRequestError && error.code === code;
