import { isStoreError } from "@bpx/graph-store";
import { GraphQLError } from "graphql";
import type { YogaLogger } from "graphql-yoga";

/** The error yoga hands the logger, unwrapped from graphql-js's located error. */
function original(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * Yoga's logger, quieter where it should be: yoga logs every error the mask changes, so each
 * BAD_USER_INPUT answer and each request during a store outage wrote a stack trace. A client's
 * mistake (an error with a code, answered as is) logs nothing; a store outage one line; anything
 * else, a bug, its stack.
 */
export function createApiLogger(write: (line: string) => void = (line) => console.error(line)): YogaLogger {
  const describe = (arg: unknown): string | undefined => {
    const error = original(arg);
    if (error instanceof GraphQLError && typeof error.extensions?.code === "string") return undefined;
    // Store work stopped because its request was abandoned: expected, and nobody to tell.
    if (isStoreError(error) && error.code === "ABORTED") return undefined;
    if (isStoreError(error) && error.code === "STORE_UNAVAILABLE")
      return `store unavailable: ${error.message}`;
    if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
    return String(arg);
  };
  return {
    debug: () => {},
    info: (...args: unknown[]) => console.info(...args),
    warn: (...args: unknown[]) => console.warn(...args),
    error: (...args: unknown[]) => {
      const lines = args.map(describe).filter((line): line is string => line !== undefined);
      if (lines.length > 0) write(lines.join(" "));
    },
  };
}
