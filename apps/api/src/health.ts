import type { GraphStore } from "@bpx/graph-store";
import { type Plugin, useReadinessCheck } from "graphql-yoga";
import type { StorageCheck } from "./storage";

/** A fresh object per answer: the fetch ponyfill writes content-length into the one it is given. */
const jsonHeaders = () => ({
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
});

function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  late: () => Error = () => new Error(`no answer within ${ms} ms`),
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
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

/** The knowledge snapshot is still being built (`withTimeout` gave up waiting on it). */
class StillBuilding extends Error {}

/**
 * `/ready` (yoga's readiness check): 200 when the store answers within `timeoutMs`, (embedded)
 * its disk has room to write, and the knowledge snapshot every differential reads is built;
 * otherwise 503 with a code: STORE_UNAVAILABLE with the reason, or WARMING_UP while the snapshot
 * is still being built (seconds to a minute on a graph of millions of relationships, during which
 * a differential would wait), so a load balancer sends no clinician there yet.
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
        // At once when built; on the curated graph a first build takes a fraction of a second.
        await withTimeout(store.knowledgeSnapshot(), timeoutMs, () => new StillBuilding());
        return answer(fetchAPI, 200, "ready");
      } catch (error) {
        if (error instanceof StillBuilding) {
          return answer(fetchAPI, 503, "warming", {
            code: "WARMING_UP",
            reason: "The knowledge snapshot differentials read is still being built from the store.",
          });
        }
        const reason = error instanceof Error ? error.message : String(error);
        return answer(fetchAPI, 503, "unavailable", { code: "STORE_UNAVAILABLE", reason });
      }
    },
  });
}
