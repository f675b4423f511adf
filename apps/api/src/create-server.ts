import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { GraphStore } from "@bpx/graph-store";
import { createApiYoga } from "./create-yoga";

export interface CreateApiServerOptions {
  store: GraphStore;
  logging?: boolean;
  /** How long /ready waits for the store before answering 503. */
  readyTimeoutMs?: number;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
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
export function createApiServer({ store, logging = true, readyTimeoutMs = 3000 }: CreateApiServerOptions) {
  const yoga = createApiYoga({ store, logging });

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
    return yoga(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (logging) console.error("request failed", error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Unexpected error." }] });
      else res.destroy();
    });
  });

  return { server, yoga };
}
