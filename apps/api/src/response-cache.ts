import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from "graphql";

/**
 * Root fields whose answers depend only on the curated graph: the same request gets the same
 * answer until the graph is reloaded. Anything else (teaching paths, mutations, anything that
 * depends on who asks) is never cached.
 */
const CACHEABLE_ROOT_FIELDS = new Set([
  "node",
  "search",
  "searchConnection",
  "paths",
  "neighborhood",
  "differential",
  "__typename",
]);

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

export interface ResponseCacheOptions {
  /** How long an answer is served from memory; 0 turns the cache off. */
  ttlMs: number;
  maxEntries?: number;
  maxBodyBytes?: number;
}

function selectedOperation(
  document: DocumentNode,
  operationName: unknown,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === "string") return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** True when a GraphQL request is a query that reads only the curated graph. */
export function isCacheableRequest(query: unknown, operationName: unknown): boolean {
  if (typeof query !== "string") return false;
  try {
    const operation = selectedOperation(parse(query), operationName);
    if (operation?.operation !== "query") return false;
    return operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value),
    );
  } catch {
    return false;
  }
}

/**
 * An in-memory LRU of whole HTTP answers to anonymous read queries of the curated graph, keyed by
 * the exact request. Only successful answers without GraphQL errors are kept, so an outage or a
 * bad request is never replayed. Each API replica has its own; entries expire after `ttlMs`, which
 * bounds how stale an answer can be after `pnpm graph:load` changes a shared Neo4j.
 */
export function createResponseCache({
  ttlMs,
  maxEntries = 1000,
  maxBodyBytes = 1_000_000,
}: ResponseCacheOptions) {
  const entries = new Map<string, { expires: number; response: CachedResponse }>();
  return {
    enabled: ttlMs > 0,
    get(key: string): CachedResponse | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expires < Date.now()) return undefined;
      entries.set(key, entry); // most recently used last
      return entry.response;
    },
    set(key: string, response: CachedResponse): void {
      if (ttlMs <= 0 || response.status !== 200 || response.body.length > maxBodyBytes) return;
      entries.delete(key);
      entries.set(key, { expires: Date.now() + ttlMs, response });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
