import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  type GraphBundle,
  type GraphStore,
  readSchemaStatements,
} from "@bpx/graph-store";
import { generateGraph } from "../../bench/generate-graph";

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (x: number) => Number(x.toFixed(3));

export interface Latency {
  search: { p50: number; p95: number };
  interpret: { p50: number; p95: number };
  /** The first call: reads every node and builds the search index and the lexicon. */
  buildMs: number;
}

/** Times store.search and store.interpretNote on every text, five rounds after one warm-up round. */
export async function measureLatency(
  store: GraphStore,
  texts: readonly string[],
  rounds = 5,
): Promise<Latency> {
  const t0 = performance.now();
  await store.search({ text: "warm up", first: 10 });
  const buildMs = performance.now() - t0;
  const search: number[] = [];
  const interpret: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const text of texts) {
      const a = performance.now();
      await store.search({ text, first: 10 });
      const b = performance.now();
      await store.interpretNote(text);
      const c = performance.now();
      if (round === 0) continue;
      search.push(b - a);
      interpret.push(c - b);
    }
  }
  return {
    search: { p50: ms(percentile(search, 50)), p95: ms(percentile(search, 95)) },
    interpret: { p50: ms(percentile(interpret, 50)), p95: ms(percentile(interpret, 95)) },
    buildMs: ms(buildMs),
  };
}

/**
 * An in-memory store holding the benchmark generator's 50,001 nodes (Hetionet's size; no generated
 * relationships: search and interpretCase read nodes only) plus the curated graph, so real phrases
 * find real findings among 50,000 others.
 */
export async function storeWithGeneratedNodes(
  curated: GraphBundle,
): Promise<{ store: GraphStore; nodes: number }> {
  const generated = generateGraph({ perNode: {} });
  const bundle: GraphBundle = {
    nodes: [...generated.nodes, ...curated.nodes],
    edges: curated.edges,
    redFlags: curated.redFlags,
    contentHash: `${generated.contentHash}+${curated.contentHash}`,
  };
  const store = createGraphStore(createEmbeddedRunner());
  // The schema's id index first: without it every MERGE scans all nodes.
  await store.applySchema(await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded"));
  await store.load(bundle, { batchSize: 5000 });
  return { store, nodes: bundle.nodes.length };
}

/** Hostile notes of a given length: long runs, punctuation, negations, numbers, scripts, emoji. */
export function adversarialNotes(length: number): [string, string][] {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    ["one letter, no spaces", fill("a")],
    ["punctuation", fill(".,;:!?-/+()[]")],
    ['"no no no"', fill("no ")],
    ["digits with plus signs", fill("24+3+")],
    ["slashes and weeks", fill("24/40 24w3d ")],
    ["accents and combining marks", fill("é\u0301ü ")],
    ["emoji", fill("😀🩺 ")],
    ["right-to-left text", fill("ألم الظهر ")],
    ["the same finding again and again", fill("fever, ")],
    ["misspellings", fill("vomitting feaver dysuira ")],
  ];
}
