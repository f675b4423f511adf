import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { GraphStore } from "@bpx/graph-store";
import { createApiYoga } from "./create-yoga";
import { type CachedResponse, createResponseCache, isCacheableRequest } from "./response-cache";
import type { ApiToken } from "./tokens";

export interface CreateApiServerOptions {
  store: GraphStore;
  logging?: boolean;
  /** How long /ready waits for the store before answering 503. */
  readyTimeoutMs?: number;
  /** How long an anonymous read query's answer is served from memory; 0 turns the cache off. */
  responseCacheTtlMs?: number;
  /** Bearer tokens with their roles (API_TOKENS); none by default, so nothing can be written. */
  tokens?: readonly ApiToken[];
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function send(res: ServerResponse, answer: CachedResponse) {
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(answer.body);
}

function hasErrors(body: Buffer): boolean {
  try {
    return "errors" in (JSON.parse(body.toString("utf8")) as object);
  } catch {
    return true;
  }
}

/** The request's query and operation name, from the URL (GET) or the JSON body (POST). */
function isCacheable(req: IncomingMessage, body: Buffer): boolean {
  if (req.method === "GET") {
    const params = new URL(req.url ?? "/", "http://x").searchParams;
    return isCacheableRequest(params.get("query"), params.get("operationName") ?? undefined);
  }
  try {
    const payload = JSON.parse(body.toString("utf8")) as { query?: unknown; operationName?: unknown };
    return isCacheableRequest(payload.query, payload.operationName ?? undefined);
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The HTTP server: `/health` (the process is alive), `/ready` (the store answers), and GraphQL
 * at `/graphql`. Stateless: any number of replicas can serve the same Neo4j.
 */
export function createApiServer({
  store,
  logging = true,
  readyTimeoutMs = 3000,
  responseCacheTtlMs = 0,
  tokens = [],
}: CreateApiServerOptions) {
  const yoga = createApiYoga({ store, logging, tokens });
  const cache = createResponseCache({ ttlMs: responseCacheTtlMs });

  /** Anonymous GraphQL requests go through the cache: a hit never reaches yoga. */
  const handleCached = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    // Everything that can change the answer is in the key: method, URL, negotiated types, body.
    const key = [
      req.method,
      req.url,
      req.headers.accept,
      req.headers["content-type"],
      body.toString("utf8"),
    ].join("\n");
    const hit = cache.get(key);
    if (hit) return send(res, hit);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const response = await yoga.fetch(`http://${req.headers.host ?? "localhost"}${req.url}`, {
      method: req.method ?? "GET",
      headers,
      ...(hasBody ? { body } : {}),
    });
    const answer: CachedResponse = {
      status: response.status,
      headers: [...response.headers.entries()],
      body: Buffer.from(await response.arrayBuffer()),
    };
    if (answer.status === 200 && isCacheable(req, body) && !hasErrors(answer.body)) cache.set(key, answer);
    return send(res, answer);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/health") return sendJson(res, 200, { status: "ok" });
    if (path === "/ready") {
      try {
        await withTimeout(store.ping(), readyTimeoutMs);
        return sendJson(res, 200, { status: "ready", engine: store.engine });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return sendJson(res, 503, {
          status: "unavailable",
          engine: store.engine,
          code: "STORE_UNAVAILABLE",
          reason,
        });
      }
    }
    // Only well-formed anonymous requests are cached; yoga itself answers the rest (a POST without
    // a content type gets its 4xx there, as the GraphQL-over-HTTP spec asks).
    const cacheable =
      req.method === "GET" || (req.method === "POST" && req.headers["content-type"] !== undefined);
    if (cache.enabled && cacheable && path === "/graphql" && !req.headers.authorization)
      return handleCached(req, res);
    return yoga(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (logging) console.error("request failed", error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Unexpected error." }] });
      else res.destroy();
    });
  });

  return { server, yoga, cache };
}
