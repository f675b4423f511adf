import { isStoreError } from "@bpx/graph-store";
import { GraphQLError } from "graphql";
import { createGraphQLError } from "graphql-yoga";

/** The codes clients can rely on in `extensions.code`. */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "STORE_UNAVAILABLE",
  "LIMIT_EXCEEDED",
  "QUERY_TOO_COMPLEX",
  "TIMEOUT",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function apiError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return createGraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (message: string, field?: string) =>
  apiError("BAD_USER_INPUT", message, field ? { field } : {});

function withCode(error: GraphQLError, code: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code, ...extra },
  });
}

/**
 * Yoga's error mask: expected errors (ours, with a code) pass through; a store outage becomes
 * STORE_UNAVAILABLE; graphql-js's own request errors get a code; anything else is masked as
 * "Unexpected error." and logged by yoga.
 */
export function maskError(error: unknown, message: string): GraphQLError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError && typeof original.extensions?.code === "string") return original;
  if (error instanceof GraphQLError && /^Variable "\$/.test(error.message)) {
    // graphql-js could not coerce a variable: the client's mistake, told in graphql-js's words.
    return withCode(error, "BAD_USER_INPUT", { http: { status: 400 } });
  }
  if (isStoreError(original) && original.code === "STORE_UNAVAILABLE") {
    return apiError("STORE_UNAVAILABLE", "The graph database is unavailable. Try again shortly.");
  }
  if (error instanceof GraphQLError && !error.originalError) {
    return withCode(error, /^Argument "/.test(error.message) ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR");
  }
  return createGraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
