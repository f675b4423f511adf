import type { GraphEdge } from "@bpx/domain";
import type { GraphStore } from "@bpx/graph-store";

/**
 * Batches the relationship look-ups of one request (every TeachingStep.edge in a path) into one
 * store query, as the node loader does for nodes.
 */
export function createEdgeLoader(store: Pick<GraphStore, "getEdges">) {
  const cache = new Map<string, Promise<GraphEdge | null>>();
  let queue: { id: string; resolve: (edge: GraphEdge | null) => void; reject: (e: unknown) => void }[] = [];

  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const edges = await store.getEdges([...new Set(batch.map((item) => item.id))]);
      const byId = new Map(edges.map((e) => [e.id, e]));
      for (const item of batch) item.resolve(byId.get(item.id) ?? null);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };

  return {
    load(id: string): Promise<GraphEdge | null> {
      const cached = cache.get(id);
      if (cached) return cached;
      const promise = new Promise<GraphEdge | null>((resolve, reject) => {
        if (queue.length === 0) queueMicrotask(() => void flush());
        queue.push({ id, resolve, reject });
      });
      cache.set(id, promise);
      return promise;
    },
  };
}

export type EdgeLoader = ReturnType<typeof createEdgeLoader>;
