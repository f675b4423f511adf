// CPU time per request through the whole HTTP server (createApiServer: fairness, body limit, yoga
// with its plugins, the response cache), one request at a time over a keep-alive socket from the
// same process, so the figure depends less on what else the shared cores run than wall time does.
// Client and server share the process: the client's share is the same for any server version, so
// compare versions by the difference. Five loads, each request a new one except the first:
// - cached: one repeated differential (every request after the first a response-cache hit);
// - stack: `{ __typename }` with a new variable each time (a miss: yoga, limits, cache key, no engine);
// - ranking: distinct cases asking only for the candidates' probabilities;
// - distinct: distinct cases with the distinct-case benchmark's full query (distinct-bench.ts).
// Each load runs in batches of 100 after a warm-up; the figures are the lowest and the lower-quartile
// batch (other processes only ever add time), besides the mean of the old `misses` run.
// `node --max-semi-space-size=32 --import tsx bench/server-cpu.ts [--hits 3000] [--misses 1000]
// [--batches 10]` (`pnpm --filter @bpx/api bench:server-cpu`); BENCH_APP_DIR runs another
// checkout's apps/api with the same settings.
import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { caseAt, createCaseStream, QUERY } from "./distinct-bench";
import { DIFFERENTIAL_REQUEST } from "./http-bench";

const APP_DIR = process.env.BENCH_APP_DIR || fileURLToPath(new URL("..", import.meta.url));
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * A query that reaches yoga, the limits and the cache but not the engine; each request's body is
 * new through a variable the operation does not declare (GraphQL ignores it; the cache key holds
 * it). Until 2026-12-03 it declared `$n` without using it, which is a validation error: that load
 * measured yoga's error path (a GraphQLError built per request), about 0.09 ms more than this.
 */
const STACK_QUERY = "{ __typename }";
/** The ranking alone: the candidates' probabilities, nothing resolved per candidate. */
const RANKING_QUERY =
  "query($input: DifferentialInput!) { differential(input: $input) { candidates { probability } } }";

export async function benchServerCpu(hits: number, misses: number, batches = 10) {
  const { createApiServer } = await import(pathToFileURL(join(APP_DIR, "src/create-server.ts")).href);
  const { createEmbeddedRunner, createGraphStore, DEFAULT_GRAPH_DIR, ensureGraphLoaded } = await import(
    pathToFileURL(join(APP_DIR, "../../packages/graph-store/src/index.ts")).href
  );
  const store = createGraphStore(createEmbeddedRunner());
  await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  await store.warmKnowledgeSnapshot();
  const api = createApiServer({ store, logging: false, responseCacheTtlMs: 600_000, fairness: undefined });
  await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
  const { port } = api.server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  /** POSTs `body` to /graphql; `keep` keeps the answer's bytes (for the checks), else they are counted. */
  const post = (body: string, keep: boolean) =>
    new Promise<{ status: number; bytes: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          agent,
          port,
          host: "127.0.0.1",
          path: "/graphql",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let bytes = 0;
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
            if (keep) chunks.push(chunk);
          });
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, bytes, text: Buffer.concat(chunks).toString("utf8") }),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const send = async (body: string) => {
    const { status, bytes } = await post(body, false);
    if (status !== 200) throw new Error(`${status}`);
    return bytes;
  };
  /** One request's answer as text, for the checks. */
  const answer = async (body: string) => (await post(body, true)).text;
  const measure = async (bodies: string[]) => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    for (const body of bodies) await send(body);
    return { cpuMs: cpuMs(cpu) / bodies.length, wallMs: (performance.now() - wall) / bodies.length };
  };
  try {
    // Warm-up: the repeated case's entry, the JIT, and a range of cases the measured run never reaches.
    const warm = createCaseStream(9_000_000);
    for (let i = 0; i < 300; i++) await send(warm.nextBody());
    for (let i = 0; i < 300; i++) await send(DIFFERENTIAL_REQUEST);
    const hit = await measure(Array.from({ length: hits }, () => DIFFERENTIAL_REQUEST));
    const stream = createCaseStream(5_000_000);
    const miss = await measure(Array.from({ length: misses }, () => stream.nextBody()));
    // The loads in batches, interleaved, each from its own range of never-sent cases.
    let next = 7_000_000;
    const bodies: Record<string, (n: number) => string[]> = {
      stack: (n) =>
        Array.from({ length: n }, () => JSON.stringify({ query: STACK_QUERY, variables: { n: next++ } })),
      ranking: (n) => distinctBodies(n, RANKING_QUERY),
      distinct: (n) => distinctBodies(n, QUERY),
    };
    const distinctBodies = (n: number, query: string) => {
      const out: string[] = [];
      while (out.length < n) {
        const input = caseAt(next++);
        if (input) out.push(JSON.stringify({ query, variables: { input } }));
      }
      return out;
    };
    const perBatch: Record<string, number[]> = { stack: [], ranking: [], distinct: [] };
    for (let b = 0; b <= batches; b++) {
      for (const [name, make] of Object.entries(bodies)) {
        const batch = make(100);
        // The first round warms each load up (its documents, the JIT); it is not counted. Its
        // first answer is checked: a load answered with errors would measure the error path.
        if (b === 0) {
          const text = await answer(batch[0] as string);
          if (!text.startsWith('{"data":') || text.includes('"errors"'))
            throw new Error(`the ${name} load is answered with errors: ${text.slice(0, 200)}`);
          for (const body of batch) await send(body);
        } else perBatch[name]?.push((await measure(batch)).cpuMs);
      }
    }
    const quartiles = Object.fromEntries(
      Object.entries(perBatch).map(([name, xs]) => {
        const sorted = [...xs].sort((a, c) => a - c);
        return [name, { minMs: sorted[0] ?? 0, q1Ms: sorted[Math.floor(sorted.length / 4)] ?? 0 }];
      }),
    ) as Record<"stack" | "ranking" | "distinct", { minMs: number; q1Ms: number }>;
    return { hits, misses, hit, miss, batches: quartiles };
  } finally {
    agent.destroy();
    api.server.close();
    await store.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchServerCpu(arg("--hits", 3000), arg("--misses", 1000), arg("--batches", 10));
  console.log(
    `server CPU per request (${APP_DIR}): cached ${r.hit.cpuMs.toFixed(3)} ms (wall ${r.hit.wallMs.toFixed(3)}), distinct ${r.miss.cpuMs.toFixed(3)} ms (wall ${r.miss.wallMs.toFixed(3)})`,
  );
  for (const [name, b] of Object.entries(r.batches)) {
    console.log(
      `  ${name.padEnd(8)} lowest batch ${b.minMs.toFixed(3)} ms, lower quartile ${b.q1Ms.toFixed(3)} ms`,
    );
  }
}
