import { DEFAULT_GRAPH_DIR } from "./config";
import { readGraph, readSchemaStatements } from "./loader";
import { readSeedPaths, seedTeachingPaths } from "./paths/seed";
import { createEmbeddedRunner } from "./runners/embedded";
import { createGraphStore, type GraphStore, type LoadOptions } from "./store";

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

/** A new in-memory embedded store holding the curated graph (graph/): for scripts, benches and tests. */
export async function openCuratedStore(): Promise<GraphStore> {
  const store = createGraphStore(createEmbeddedRunner());
  await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  return store;
}

/**
 * Writes the teaching paths shipped in `graphDir/paths` that the store does not hold yet (by id):
 * an educator's edits to a seeded path are never overwritten. Returns how many were written.
 */
export async function ensureTeachingPathsSeeded(store: GraphStore, graphDir: string): Promise<number> {
  const seeds = await readSeedPaths(graphDir, await readGraph(graphDir));
  return seedTeachingPaths(store, seeds);
}
