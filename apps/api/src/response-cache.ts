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
  /** Bytes of keys, bodies and headers held at most (RESPONSE_CACHE_MAX_BYTES). */
  maxBytes?: number;
  /** Entries held at most, whatever their size. */
  maxEntries?: number;
  /** Largest answer body kept. */
  maxBodyBytes?: number;
}

/** The default byte bound, 64 MiB. */
export const DEFAULT_RESPONSE_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** What the map and the objects around an entry cost besides its strings and body, roughly. */
const ENTRY_OVERHEAD_BYTES = 200;

/** The bytes an entry holds: the key (up to a whole request body), the answer's body and headers. */
function entryBytes(key: string, response: CachedResponse): number {
  let bytes = ENTRY_OVERHEAD_BYTES + Buffer.byteLength(key) + response.body.length;
  for (const [name, value] of response.headers) bytes += name.length + value.length;
  return bytes;
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
 * the exact request and bounded by the bytes it holds (keys, bodies, headers): a count alone let
 * 273 big answers keyed by 100 KB bodies take 865 MB. Only successful answers without GraphQL errors are kept, so an outage or a
 * bad request is never replayed. Each API replica has its own; entries expire after `ttlMs`, which
 * bounds how stale an answer can be after `pnpm graph:load` changes a shared Neo4j.
 */
export function createResponseCache({
  ttlMs,
  maxBytes = DEFAULT_RESPONSE_CACHE_MAX_BYTES,
  maxEntries = 10_000,
  maxBodyBytes = 1_000_000,
}: ResponseCacheOptions) {
  const entries = new Map<string, { expires: number; response: CachedResponse; bytes: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  return {
    enabled: ttlMs > 0,
    get(key: string): CachedResponse | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      drop(key);
      if (entry.expires < Date.now()) return undefined;
      entries.set(key, entry); // most recently used last
      bytes += entry.bytes;
      return entry.response;
    },
    set(key: string, response: CachedResponse): void {
      if (ttlMs <= 0 || response.status !== 200 || response.body.length > maxBodyBytes) return;
      drop(key);
      const size = entryBytes(key, response);
      if (size > maxBytes) return;
      entries.set(key, { expires: Date.now() + ttlMs, response, bytes: size });
      bytes += size;
      while (bytes > maxBytes || entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        drop(oldest);
      }
    },
    clear: () => {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    /** Bytes held now (see entryBytes). */
    get bytes() {
      return bytes;
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
