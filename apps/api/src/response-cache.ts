import { type DocumentNode, getOperationAST, Kind } from "graphql";
import type { Plugin } from "graphql-yoga";
import { isCorsHeader } from "./cors";

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
  body: string;
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
  /**
   * Keep an answer only once its request has been seen before (the default): a request asked for
   * once (each clinician's new case) then never takes room, or time to copy its answer, from the
   * answers that are asked for again. `false` keeps every answer from the first request on.
   */
  keepRepeatsOnly?: boolean;
}

/** The default byte bound, 64 MiB. */
export const DEFAULT_RESPONSE_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** What the map and the objects around an entry cost besides its strings and body, roughly. */
const ENTRY_OVERHEAD_BYTES = 200;

/** The bytes an entry holds: the key (up to a whole request body), the answer's body and headers. */
function entryBytes(key: string, response: CachedResponse): number {
  let bytes = ENTRY_OVERHEAD_BYTES + Buffer.byteLength(key) + Buffer.byteLength(response.body);
  for (const [name, value] of response.headers) bytes += name.length + value.length;
  return bytes;
}

/** A 32-bit FNV-1a fingerprint of a key's UTF-16 code units: what the doorkeeper remembers of it. */
function fingerprint(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The keys missed recently, as fingerprints (a few bytes each, whatever the request's size), in
 * two generations of at most `size` each: when the newer fills, the older is forgotten. A
 * fingerprint shared by two keys only lets an answer in one request early.
 */
function createDoorkeeper(size: number) {
  let older = new Set<number>();
  let newer = new Set<number>();
  return {
    /** Records a miss of `key`; true when it was missed before (its answer is worth keeping). */
    seenBefore(key: string): boolean {
      const print = fingerprint(key);
      if (newer.has(print) || older.has(print)) return true;
      if (newer.size >= size) {
        older = newer;
        newer = new Set();
      }
      newer.add(print);
      return false;
    },
    clear() {
      older = new Set();
      newer = new Set();
    },
  };
}

/** True when the operation a request runs is a query that reads only the curated graph. */
export function isCacheableOperation(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "query") return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value),
  );
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
  keepRepeatsOnly = true,
}: ResponseCacheOptions) {
  const doorkeeper = createDoorkeeper(maxEntries);
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
      if (ttlMs <= 0 || response.status !== 200 || Buffer.byteLength(response.body) > maxBodyBytes) return;
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
    /**
     * Called on a miss: whether the answer to `key` should be kept once made. With
     * `keepRepeatsOnly`, only from the second miss of the same request on.
     */
    worthKeeping(key: string): boolean {
      return !keepRepeatsOnly || doorkeeper.seenBefore(key);
    },
    clear: () => {
      entries.clear();
      doorkeeper.clear();
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

/** What the plugin knows of a request between its hooks. */
interface Pending {
  key: string;
  /** Set once the operation ran as a cacheable query without errors. */
  clean: boolean;
}

/**
 * The cache as a yoga plugin. A hit is answered in `onRequest`, before yoga parses, validates or
 * executes anything (and before the query limits' walks); a miss is remembered, marked clean when
 * its operation is a cacheable query that ran without errors (from the document yoga already
 * parsed: no second parse of the request, no parse of the answer), and stored in `onResponse` —
 * from the second time the same request is missed on (`keepRepeatsOnly`), so a stream of
 * never-repeated requests neither evicts the answers asked for again nor pays for storing its own.
 * Only anonymous requests are cached: GETs, and POSTs that name a content type (yoga refuses the
 * rest). The key holds everything that can change the answer: method, URL, negotiated types and
 * the request body, which the HTTP server has read within its limit and hands over as
 * `serverContext.req.body` (in process, through `yoga.fetch`, the request is read here instead).
 * CORS headers are never stored: the CORS plugin, after this one, adds each request's own.
 */
export function useResponseCache(cache: ResponseCache): Plugin {
  const pending = new WeakMap<Request, Pending>();
  const keyOf = async (request: Request, serverContext: unknown): Promise<string | undefined> => {
    const { method, headers } = request;
    if (headers.has("authorization")) return undefined;
    if (method !== "GET" && !(method === "POST" && headers.has("content-type"))) return undefined;
    let body = "";
    if (method === "POST") {
      const raw = (serverContext as { req?: { body?: unknown } }).req?.body;
      // The server hands over a Buffer (read once, no copy); in process the request is read here.
      body = Buffer.isBuffer(raw) ? raw.toString("utf8") : await request.clone().text();
    }
    return [method, request.url, headers.get("accept"), headers.get("content-type"), body].join("\n");
  };
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (!cache.enabled) return;
      const key = await keyOf(request, serverContext);
      if (key === undefined) return;
      const hit = cache.get(key);
      if (hit) {
        // A fresh headers object per hit: the Headers built from it may write into it (CORS does).
        const headers = Object.fromEntries(hit.headers);
        return endResponse(new fetchAPI.Response(hit.body, { status: hit.status, headers }));
      }
      // A request not seen before is answered as if there were no cache: nothing to copy or store.
      if (cache.worthKeeping(key)) pending.set(request, { key, clean: false });
    },
    onExecute({ args }) {
      const state = pending.get((args.contextValue as { request: Request }).request);
      if (!state || !isCacheableOperation(args.document, args.operationName)) return;
      return {
        onExecuteDone({ result }) {
          state.clean = "data" in result && !result.errors;
        },
      };
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const state = pending.get(request);
      if (!state?.clean || response.status !== 200) return;
      const body = await response.text();
      const headers = [...response.headers.entries()];
      setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
      cache.set(state.key, {
        status: response.status,
        headers: headers.filter(([name]) => !isCorsHeader(name)),
        body,
      });
    },
  };
}
