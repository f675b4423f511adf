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

/**
 * Yoga's error mask: expected errors (ours, with a code) pass through; a store outage becomes
 * STORE_UNAVAILABLE; anything else is masked as "Unexpected error." and logged by yoga.
 */
export function maskError(error: unknown, message: string): GraphQLError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError && typeof original.extensions?.code === "string") return original;
  if (isStoreError(original) && original.code === "STORE_UNAVAILABLE") {
    return apiError("STORE_UNAVAILABLE", "The graph database is unavailable. Try again shortly.");
  }
  if (error instanceof GraphQLError && !error.originalError) return error;
  return createGraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
