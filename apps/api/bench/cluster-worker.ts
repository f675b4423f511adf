// The API as a Node cluster of CLUSTER_WORKERS processes (default 2), each with its own embedded
// store in a directory of its own: an experiment for `cluster-bench.ts`, not a way to run the API
// (per-client fairness and the abuse limits would count per worker). Workers share API_PORT.
import cluster from "node:cluster";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const workers = Number(process.env.CLUSTER_WORKERS ?? 2);
if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) {
    cluster.fork({ GRAPH_DATA_DIR: mkdtempSync(join(tmpdir(), `bpx-cluster-${i}-`)) });
  }
} else {
  await import("../src/main");
}
