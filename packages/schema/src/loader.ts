import type { GraphNode } from "@bpx/domain";
import type { GraphStore } from "@bpx/graph-store";

/**
 * Batches node look-ups made while resolving one request into a single store query, so a
 * subgraph's evidence sources cost one round trip, not one per quote.
 */
export function createNodeLoader(store: Pick<GraphStore, "getNodes">) {
  const cache = new Map<string, Promise<GraphNode | null>>();
  let queue: { id: string; resolve: (node: GraphNode | null) => void; reject: (e: unknown) => void }[] = [];
  let known: ((id: string) => GraphNode | undefined) | undefined;

  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const nodes = await store.getNodes([...new Set(batch.map((item) => item.id))]);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      for (const item of batch) item.resolve(byId.get(item.id) ?? null);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };

  return {
    load(id: string): Promise<GraphNode | null> {
      const cached = cache.get(id);
      if (cached) return cached;
      const node = known?.(id);
      if (node) {
        const answered = Promise.resolve(node);
        cache.set(id, answered);
        return answered;
      }
      const promise = new Promise<GraphNode | null>((resolve, reject) => {
        if (queue.length === 0) queueMicrotask(() => void flush());
        queue.push({ id, resolve, reject });
      });
      cache.set(id, promise);
      return promise;
    },
    prime(node: GraphNode) {
      if (!cache.has(node.id)) cache.set(node.id, Promise.resolve(node));
    },
    /**
     * From now on, ids `lookup` knows are answered from it with no store query (the knowledge
     * snapshot, for a differential's answer): only the nodes the query selects are looked up,
     * where priming every id the answer names walked the whole answer first.
     */
    preferKnown(lookup: (id: string) => GraphNode | undefined) {
      known = lookup;
    },
  };
}

export type NodeLoader = ReturnType<typeof createNodeLoader>;
