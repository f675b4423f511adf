/**
 * Cache keys shared by the browser's hooks (use-query.ts) and the server's prefetch
 * (differential/case-prefetch.ts): a page answered on the server hands its answers to the browser
 * under the same key, so the browser shows them without asking again. No "use client" here, so
 * server components can call these.
 */

/** The name of the operation (every document the app sends is named), which leads its cache key. */
export function toOperationName(document: { toString(): string }): string {
  const text = document.toString();
  return /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? text;
}

/** The cache key of one operation with its variables. */
export function toQueryKey<TVariables>(
  document: { toString(): string },
  variables: TVariables | null,
): [string, TVariables | null] {
  return [toOperationName(document), variables];
}

/** What a query's cache entry holds: the answer and the variables it answers. */
export interface QueryAnswer<TData, TVariables> {
  data: TData;
  variables: TVariables;
}
