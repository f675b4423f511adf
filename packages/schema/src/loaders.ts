import type { GraphNode, SafetyStatement } from "@bpx/domain";
import type { GraphStore } from "@bpx/graph-store";
import DataLoader from "dataloader";

/** What one subject's safety verdict is read from: the statements and the drug classes. */
export interface SubjectSafety {
  statements: SafetyStatement[];
  drugClasses: Record<string, string[]>;
}

/** A loader of items by id; an id the store lacks loads as null. */
function byIdLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await fetch([...ids])).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Batches node look-ups made while resolving one request into a single store query, so a
 * subgraph's evidence sources cost one round trip, not one per quote. Per request: its cache must
 * not outlive the request.
 */
export function createNodeLoader(store: Pick<GraphStore, "getNodes">) {
  let known: ((id: string) => GraphNode | undefined) | undefined;
  const loader = byIdLoader(async (ids) => {
    if (!known) return store.getNodes(ids);
    const found: GraphNode[] = [];
    const rest: string[] = [];
    for (const id of ids) {
      const node = known(id);
      if (node) found.push(node);
      else rest.push(id);
    }
    return rest.length === 0 ? found : [...found, ...(await store.getNodes(rest))];
  });
  return Object.assign(loader, {
    /**
     * From now on, ids `lookup` knows are answered from it with no store query (the knowledge
     * snapshot, for a differential's answer): only the nodes the query selects are looked up,
     * where priming every id the answer names walked the whole answer first.
     */
    preferKnown(lookup: (id: string) => GraphNode | undefined) {
      known = lookup;
    },
    /**
     * The node `preferKnown`'s lookup holds for `id`, at once, or undefined (then `load` it): a
     * differential's answer names dozens of nodes, and a promise and a batch each cost more than
     * the look-up itself.
     */
    peek(id: string): GraphNode | undefined {
      return known?.(id);
    },
  });
}

/** Batches the relationship look-ups of one request (every TeachingStep.edge in a path). */
export const createEdgeLoader = (store: Pick<GraphStore, "getEdges">) =>
  byIdLoader((ids) => store.getEdges(ids));

/**
 * Batches the safety look-ups of one request (every Drug.safety and Diagnostic.safety field in a
 * list) into one store call of two queries; each subject gets the whole answer and picks its own.
 */
export function createSafetyLoader(store: Pick<GraphStore, "safety">) {
  return new DataLoader<string, SubjectSafety>(async (ids) => {
    const { safety, drugClasses } = await store.safety([...ids]);
    return ids.map(() => ({ statements: safety, drugClasses }));
  });
}

export type NodeLoader = ReturnType<typeof createNodeLoader>;
export type EdgeLoader = ReturnType<typeof createEdgeLoader>;
export type SafetyLoader = ReturnType<typeof createSafetyLoader>;
