import type { GraphStore } from "@bpx/graph-store";
import {
  createEdgeLoader,
  createNodeLoader,
  createSafetyLoader,
  type EdgeLoader,
  type NodeLoader,
  type SafetyLoader,
} from "./loaders";
import { ANONYMOUS, type Viewer } from "./viewer";

export interface GraphContext {
  store: GraphStore;
  nodes: NodeLoader;
  edges: EdgeLoader;
  safety: SafetyLoader;
  viewer: Viewer;
}

/** A fresh context per request: the loader's cache must not outlive the request. */
export function createContext(
  store: GraphStore,
  { viewer = ANONYMOUS }: { viewer?: Viewer } = {},
): GraphContext {
  return {
    store,
    nodes: createNodeLoader(store),
    edges: createEdgeLoader(store),
    safety: createSafetyLoader(store),
    viewer,
  };
}
