import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
} from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import { caseAt } from "./distinct-bench";

const store = createGraphStore(createEmbeddedRunner());
await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
await store.warmKnowledgeSnapshot();
const f: number[] = [],
  e: number[] = [],
  c: number[] = [];
let n = 0;
for (let i = 0; n < 800; i++) {
  const k = caseAt(3_000_000 + i);
  if (!k) continue;
  n++;
  const r = await runDifferential(store, k);
  if (n > 100) {
    f.push(r.fetchMs);
    e.push(r.engineMs);
    c.push(r.candidateCount);
  }
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
console.log(
  "fetch med/mean",
  med(f).toFixed(3),
  mean(f).toFixed(3),
  "engine med/mean",
  med(e).toFixed(3),
  mean(e).toFixed(3),
  "cands",
  med(c),
);
