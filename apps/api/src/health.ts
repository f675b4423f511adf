import type { GraphStore } from "@bpx/graph-store";
import { type Plugin, useReadinessCheck } from "graphql-yoga";
import type { StorageCheck } from "./storage";

/** A fresh object per answer: the fetch ponyfill writes content-length into the one it is given. */
const jsonHeaders = () => ({
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `/health`: 200 while the process is alive, whatever the store says. */
export function useHealth(): Plugin {
  return useReadinessCheck({
    endpoint: "/health",
    check: ({ fetchAPI }) =>
      new fetchAPI.Response(JSON.stringify({ status: "ok" }), { headers: jsonHeaders() }),
  });
}

export interface ReadinessOptions {
  store: GraphStore;
  /** How long the store may take to answer before /ready says 503. */
  timeoutMs: number;
  /** Free space of the embedded store's disk; a full disk is not ready. */
  storageCheck?: StorageCheck | undefined;
}

/**
 * `/ready` (yoga's readiness check): 200 when the store answers within `timeoutMs` and (embedded)
 * its disk has room to write; otherwise 503 STORE_UNAVAILABLE with the reason.
 */
export function useReadiness({ store, timeoutMs, storageCheck }: ReadinessOptions): Plugin {
  const answer = (fetchAPI: { Response: typeof Response }, code: number, status: string, more = {}) =>
    new fetchAPI.Response(JSON.stringify({ status, engine: store.engine, ...more }), {
      status: code,
      headers: jsonHeaders(),
    });
  return useReadinessCheck({
    endpoint: "/ready",
    check: async ({ fetchAPI }) => {
      try {
        await withTimeout(store.ping(), timeoutMs);
        // Reads would still work on a full disk, but writes cannot: not ready.
        const storage = storageCheck ? await storageCheck() : undefined;
        if (storage && !storage.ok) throw new Error(storage.reason);
        return answer(fetchAPI, 200, "ready");
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return answer(fetchAPI, 503, "unavailable", { code: "STORE_UNAVAILABLE", reason });
      }
    },
  });
}
