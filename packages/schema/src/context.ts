import type { GraphStore } from "@bpx/graph-store";
import { createNodeLoader, type NodeLoader } from "./loader";
import { createSafetyLoader, type SafetyLoader } from "./safety-loader";

export interface GraphContext {
  store: GraphStore;
  nodes: NodeLoader;
  safety: SafetyLoader;
}

/** A fresh context per request: the loader's cache must not outlive the request. */
export function createContext(store: GraphStore): GraphContext {
  return { store, nodes: createNodeLoader(store), safety: createSafetyLoader(store) };
}
