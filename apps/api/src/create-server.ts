import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { GraphStore } from "@bpx/graph-store";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "@bpx/schema";
import { createAuthenticator } from "./auth";
import { createApiYoga } from "./create-yoga";
import {
  BROWSER_ID_HEADER,
  browserId,
  clientAddress,
  clientKey,
  createFairScheduler,
  DEFAULT_FAIRNESS,
  type FairnessOptions,
} from "./fairness";
import { createResponseCache, DEFAULT_RESPONSE_CACHE_MAX_BYTES } from "./response-cache";
import { createStorageCheck, DEFAULT_MIN_FREE_BYTES } from "./storage";
import type { ApiToken } from "./tokens";

export interface CreateApiServerOptions {
  store: GraphStore;
  logging?: boolean;
  /** How long /ready waits for the store before answering 503. */
  readyTimeoutMs?: number;
  /** How long an anonymous read query's answer is served from memory; 0 turns the cache off. */
  responseCacheTtlMs?: number;
  /** Bytes the answer cache may hold (RESPONSE_CACHE_MAX_BYTES). */
  responseCacheMaxBytes?: number;
  /** Bearer tokens with their roles (API_TOKENS); none by default, so nothing can be written. */
  tokens?: readonly ApiToken[];
  /** Depth, aliases, cost, timeout, introspection (GRAPHQL_* env). */
  limits?: QueryLimits;
  /** Largest request body read, in bytes; a larger one gets 413 PAYLOAD_TOO_LARGE unread. */
  maxBodyBytes?: number;
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** The folder the embedded store writes to; /ready and writes then watch its free space. */
  storageDir?: string;
  /** Free bytes below which that disk counts as full (STORE_MIN_FREE_BYTES). */
  minFreeBytes?: number;
  /** Requests per client in progress and waiting (CLIENT_MAX_*); see fairness.ts. */
  fairness?: FairnessOptions;
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXY); none by default. */
  trustedProxies?: readonly string[];
}

/** An error answer in the GraphQL response shape, so every refusal carries a code. */
function sendError(res: ServerResponse, status: number, code: string, message: string, extra = {}) {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...extra,
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

class BodyTooLarge extends Error {}

/** The request body, or BodyTooLarge as soon as it passes `max` bytes (the rest is never buffered). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * The HTTP server around the yoga app (GraphQL at `/graphql`; `/health`, `/ready` and the response
 * cache are yoga plugins): fair scheduling per client, the request body limit, and GraphQL-shaped
 * answers to what Node refuses itself. Stateless: any number of replicas can serve the same Neo4j.
 */
export function createApiServer({
  store,
  logging = true,
  readyTimeoutMs = 3000,
  responseCacheTtlMs = 0,
  responseCacheMaxBytes = DEFAULT_RESPONSE_CACHE_MAX_BYTES,
  tokens = [],
  limits = DEFAULT_QUERY_LIMITS,
  maxBodyBytes = 100_000,
  corsOrigins = [],
  storageDir,
  minFreeBytes = DEFAULT_MIN_FREE_BYTES,
  fairness = DEFAULT_FAIRNESS,
  trustedProxies = [],
}: CreateApiServerOptions) {
  const scheduler = createFairScheduler(fairness);
  const authenticate = createAuthenticator(tokens);
  const storageCheck = storageDir ? createStorageCheck(storageDir, minFreeBytes) : undefined;
  const cache = createResponseCache({ ttlMs: responseCacheTtlMs, maxBytes: responseCacheMaxBytes });
  const yoga = createApiYoga({
    store,
    logging,
    tokens,
    limits,
    corsOrigins,
    storageCheck,
    readyTimeoutMs,
    responseCache: cache,
    // readBodyThenYoga reads every GraphQL body within maxBodyBytes before yoga sees it.
    maxRequestBodySize: false,
  });
  const tooLarge = (res: ServerResponse) =>
    sendError(
      res,
      413,
      "PAYLOAD_TOO_LARGE",
      `The request body is over ${maxBodyBytes} bytes; the limit is ${maxBodyBytes}.`,
      {
        connection: "close",
      },
    );

  /**
   * Every request with a body: the body is read here, within maxBodyBytes, before yoga sees it, and
   * handed to yoga as `req.body` (yoga then reads no stream; the cache plugin keys on those bytes).
   * Yoga aborts the request's signal, and with it the execution, when the client goes away.
   */
  const readBodyThenYoga = async (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxBodyBytes) return tooLarge(res);
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(res);
      throw error;
    }
    if (body.length > 0) (req as IncomingMessage & { body?: Buffer }).body = body;
    return yoga(req, res);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/graphql") return fairly(req, res, () => readBodyThenYoga(req, res));
    // Yoga reads no body without the limit (maxRequestBodySize is off): any other path's body too
    // is read here within maxBodyBytes first (yoga then answers 404 or 405).
    if (req.method !== "GET" && req.method !== "HEAD") return readBodyThenYoga(req, res);
    // /health, /ready (yoga plugins, see health.ts) and anything else.
    return yoga(req, res);
  };

  /**
   * Runs `work` once the request's client has a slot (fairness.ts), before its body is read; a
   * client over its share gets 429 RATE_LIMITED, and one that hangs up while waiting is dropped.
   */
  const fairly = async (req: IncomingMessage, res: ServerResponse, work: () => Promise<void>) => {
    if (!scheduler.enabled) return work();
    const viewer = authenticate(req.headers.authorization);
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    const hungUp = new AbortController();
    const onClose = () => hungUp.abort();
    res.once("close", onClose);
    const browser = browserId(req.socket.remoteAddress, req.headers[BROWSER_ID_HEADER], trustedProxies);
    const admission = await scheduler.admit(
      clientKey(viewer.role === "anonymous" ? undefined : viewer.id, address, browser),
      hungUp.signal,
    );
    res.off("close", onClose);
    if (!admission.admitted) {
      if (admission.reason === "ABORTED") return;
      const seconds = admission.retryAfterSeconds;
      return sendError(
        res,
        429,
        "RATE_LIMITED",
        `Too many requests from this client at once; retry after ${seconds} s.`,
        { "retry-after": String(seconds) },
      );
    }
    try {
      await work();
    } finally {
      admission.release();
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (logging) console.error("request failed", error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Unexpected error." }] });
      else res.destroy();
    });
  });

  // Node answers a malformed request or an over-long URL/header itself (400/431, no body) before any
  // handler runs; answer with a GraphQL-shaped error and a code instead, like every other refusal.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge
            ? "The request's URL or headers are too large."
            : "The HTTP request is malformed.",
          extensions: { code: tooLarge ? "REQUEST_TOO_LARGE" : "BAD_REQUEST" },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  return { server, yoga, cache };
}
