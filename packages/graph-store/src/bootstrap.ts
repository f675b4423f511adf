import { readGraph, readSchemaStatements } from "./loader";
import type { GraphStore, LoadOptions } from "./store";

export interface EnsureLoadedResult {
  loaded: boolean;
  reason: "empty" | "changed" | "up-to-date";
}

/**
 * Loads the curated graph into a store that is empty, half-loaded (no marker) or holds other
 * content. Used by the embedded engine at start-up; on Neo4j loading is an explicit command.
 */
export async function ensureGraphLoaded(
  store: GraphStore,
  graphDir: string,
  options: LoadOptions = {},
): Promise<EnsureLoadedResult> {
  const bundle = await readGraph(graphDir);
  await store.applySchema(await readSchemaStatements(graphDir, store.engine));
  const meta = await store.getMeta();
  if (meta?.contentHash === bundle.contentHash) return { loaded: false, reason: "up-to-date" };
  await store.load(bundle, options);
  return { loaded: true, reason: meta ? "changed" : "empty" };
}
