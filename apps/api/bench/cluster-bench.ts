// `node --import tsx bench/cluster-bench.ts`: would one API process per core meet issue 14's
// distinct-case goal (>= 0.05 of a bare node:http server)? Distinct never-repeated differentials,
// 16 connections, alternating rounds of the bare server, one API process and a cluster of two
// (`cluster-worker.ts`), each API on the embedded store with the curated graph. An experiment
// (docs/performance.md), not one of `pnpm bench`'s figures. BENCH_SECONDS, BENCH_ROUNDS.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { API_NODE_ARGS } from "../src/api-process";
import { createCaseStream, QUERY } from "./distinct-bench";
import { APP_DIR, BARE_SERVER, waitFor } from "./http-bench";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const env = { ...process.env, NEO4J_URI: "", CLIENT_MAX_CONCURRENT: "0" };

function start(args: string[], extra: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: APP_DIR, env: { ...env, ...extra }, stdio: "ignore" });
}

async function hammer(url: string, body: () => string) {
  const result = await autocannon({
    url,
    connections: 16,
    duration: SECONDS,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const bare = start(["-e", BARE_SERVER], { PORT: "4921" });
const single = start([...API_NODE_ARGS, "src/main.ts"], {
  API_PORT: "4922",
  GRAPH_DATA_DIR: mkdtempSync(join(tmpdir(), "bpx-single-")),
});
const clustered = start([...API_NODE_ARGS, "bench/cluster-worker.ts"], { API_PORT: "4923" });
try {
  await waitFor("http://127.0.0.1:4921/", bare);
  await waitFor("http://127.0.0.1:4922/ready", single);
  await waitFor("http://127.0.0.1:4923/ready", clustered);
  // The first worker to answer is ready; give the other time to load its store and snapshot.
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  // Warm-ups, then disjoint ranges of the case walk: no API ever sees a case twice.
  await hammer("http://127.0.0.1:4922/graphql", createCaseStream(1_000_000).nextBody);
  await hammer("http://127.0.0.1:4923/graphql", createCaseStream(2_000_000).nextBody);
  const fixed = JSON.stringify({ query: QUERY });
  const toSingle = createCaseStream(5_000_000);
  const toCluster = createCaseStream(9_000_000);
  for (let round = 1; round <= ROUNDS; round++) {
    const b = await hammer("http://127.0.0.1:4921/", () => fixed);
    const one = await hammer("http://127.0.0.1:4922/graphql", toSingle.nextBody);
    const two = await hammer("http://127.0.0.1:4923/graphql", toCluster.nextBody);
    const ratio = (rps: number) => (rps / b.rps).toFixed(4);
    console.log(
      `round ${round}: bare ${b.rps}/s | one process ${one.rps}/s (ratio ${ratio(one.rps)}, p99 ${one.p99} ms, ` +
        `errors ${one.errors}) | cluster of 2 ${two.rps}/s (ratio ${ratio(two.rps)}, p99 ${two.p99} ms, errors ${two.errors})`,
    );
  }
} finally {
  for (const child of [bare, single, clustered]) child.kill();
}
