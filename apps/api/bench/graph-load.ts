import type { GraphBundle, GraphStore } from "@bpx/graph-store";

/** Loads `bundle` in batches of 10,000, logging progress every 15 s; returns the seconds it took. */
export async function loadWithProgress(
  store: GraphStore,
  bundle: GraphBundle,
  log: (line: string) => void,
): Promise<number> {
  const loadStart = performance.now();
  let lastLog = 0;
  await store.load(bundle, {
    batchSize: 10_000,
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastLog > 15_000 || p.done === p.total) {
        log(`  loading ${p.phase} ${p.done}/${p.total} (${((now - loadStart) / 1000).toFixed(0)} s)`);
        lastLog = now;
      }
    },
  });
  return (performance.now() - loadStart) / 1000;
}

/** How many nodes and relationships the store holds. */
export async function graphSize(store: GraphStore): Promise<{ nodes: number; relationships: number }> {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return { nodes: sum(await store.countByKind()), relationships: sum(await store.countByRelation()) };
}
