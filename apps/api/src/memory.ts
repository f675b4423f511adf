/**
 * During and after a one-off burst of allocation (a knowledge snapshot or search index read from
 * a whole graph), asks V8 for a full collection, run concurrently (no pause for requests), so the
 * build's garbage is collected before the heap grows to hold it: V8 does not give the grown heap
 * back to the system until its memory reducer runs, a minute or more later. An API on Neo4j with
 * the Hetionet-size graph peaked at 550-600 MB resident without it, about 410 MB with it
 * (docs/performance.md). A no-op unless the process runs with `--expose-gc` (as `pnpm start`,
 * `pnpm dev` and the API's test and bench processes do).
 */
export function releaseMemory(): void {
  const gc = (globalThis as { gc?: (options?: { type: "major"; execution: "async" }) => unknown }).gc;
  if (typeof gc === "function") void gc({ type: "major", execution: "async" });
}
