// Distinct, never-repeated differential cases over HTTP against a bare node:http server measured in
// the same run (issue 14, item 2). Every request is a new case, so the response cache cannot help:
// this measures what a clinician's new case costs. `node --import tsx bench/distinct-bench.ts`
// runs it alone; `pnpm bench` runs it with the rest.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { API_NODE_ARGS } from "../src/api-process";
import { describeCpuShares, readCpuTicks, toCpuShares } from "./host-cpu";
import { APP_DIR, BARE_SERVER, waitFor } from "./http-bench";

/** Twelve findings of the curated graph, each entered present, absent or not at all. */
export const CASE_FINDINGS = [
  "fever",
  "dysuria",
  "unilateral-pain",
  "lower-abdominal-pain",
  "pulling-pain",
  "bloody-discharge",
  "back-spasms",
  "worse-with-movement",
  "sacral-pain",
  "shooting-pain",
  "regular-increasing-contractions",
  "relieved-by-lying-down",
] as const;
const WEEKS = 40;
const STATES = 3 ** CASE_FINDINGS.length;
/** Every combination of states and weeks; some have nothing present and are skipped. */
const CASE_SPACE = STATES * WEEKS;
/** A stride coprime with CASE_SPACE (a prime other than 2, 3 and 5) walks every case once. */
const STRIDE = 7919;

export interface DifferentialCase {
  present: string[];
  absent: string[];
  gestationalWeek: number;
}

/** The i-th case of the walk, or null when it enters nothing present (the API refuses those). */
export function caseAt(i: number): DifferentialCase | null {
  const index = (i * STRIDE) % CASE_SPACE;
  let states = Math.floor(index / WEEKS);
  const present: string[] = [];
  const absent: string[] = [];
  for (const finding of CASE_FINDINGS) {
    const state = states % 3;
    states = Math.floor(states / 3);
    if (state === 1) present.push(finding);
    else if (state === 2) absent.push(finding);
  }
  if (present.length === 0) return null;
  return { present, absent, gestationalWeek: 1 + (index % WEEKS) };
}

/** The differential the HTTP run asks for: candidates with evidence, red flags, next findings, tests. */
export const QUERY = `query($input: DifferentialInput!) { differential(input: $input) {
  candidates { rank probability condition { id name } supporting { finding { id } weight evidence { quote source { title } } } }
  redFlags { id message urgency } nextFindings { finding { id } expectedInformationGain }
  suggestedDiagnostics { diagnostic { id } safety { level } warning } } }`;

/** A source of request bodies that never repeats within a run (CASE_SPACE is about 21 million). */
export function createCaseStream(start = 0) {
  let next = start;
  return {
    nextBody(): string {
      for (;;) {
        const input = caseAt(next++);
        if (input) return JSON.stringify({ query: QUERY, variables: { input } });
      }
    },
    get issued() {
      return next - start;
    },
  };
}

export interface DistinctHttpResult {
  server: string;
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** One round: the bare server, then the API, back to back. */
export interface DistinctRound {
  bare: DistinctHttpResult;
  api: DistinctHttpResult;
  ratio: number;
}

export interface DistinctHttpRun {
  /** Each server over all rounds: requests/s their mean, p50 and p99 the median round's. */
  bare: DistinctHttpResult;
  api: DistinctHttpResult;
  /** The median of the rounds' ratios. */
  ratio: number;
  rounds: DistinctRound[];
  connections: number;
  /** Seconds each server was measured for in each round. */
  seconds: number;
  /** Sampled distinct cases checked for a differential and no GraphQL error before the run. */
  checked: number;
}

async function hammer(url: string, nextBody: () => string, seconds: number, connections: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (req) => ({ ...req, body: nextBody() }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Fails the run if any of `count` distinct cases answers without a differential or with an error. */
async function checkCases(url: string, stream: ReturnType<typeof createCaseStream>, count: number) {
  for (let i = 0; i < count; i++) {
    const body = stream.nextBody();
    const answer = (await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    }).then((r) => r.json())) as { data?: { differential?: unknown }; errors?: unknown };
    if (!answer.data?.differential || answer.errors) {
      throw new Error(`a distinct case failed: ${body}\n${JSON.stringify(answer).slice(0, 500)}`);
    }
  }
  return count;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Several runs of one server as one: requests summed, rates averaged, the median run's p50 and p99. */
function pooled(server: string, runs: Omit<DistinctHttpResult, "server">[]): DistinctHttpResult {
  const sum = (pick: (r: Omit<DistinctHttpResult, "server">) => number) =>
    runs.reduce((total, r) => total + pick(r), 0);
  return {
    server,
    requestsPerSecond: sum((r) => r.requestsPerSecond) / runs.length,
    requests: sum((r) => r.requests),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
  };
}

/**
 * The bare server and the API (embedded store, curated graph, response cache as shipped), each in
 * its own process, with the same autocannon settings; every API request a case never sent before.
 * They are measured in `rounds` alternating rounds (bare, then API, `seconds` each), so a change
 * in what else the machine runs moves both sides of a round's ratio; the ratio is the median round's.
 */
export async function benchDistinctHttp(
  seconds: number,
  connections: number,
  rounds = 3,
): Promise<DistinctHttpRun> {
  // Other checkouts on the same machine may be benchmarking too: the ports can be moved.
  const barePort = process.env.BENCH_BARE_PORT ?? "4911";
  const apiPort = process.env.BENCH_API_PORT ?? "4912";
  const bareUrl = `http://127.0.0.1:${barePort}/`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const dataDir = await mkdtemp(join(tmpdir(), "bpx-bench-distinct-"));
  const bare = spawn(process.execPath, ["-e", BARE_SERVER], {
    env: { ...process.env, PORT: barePort },
    stdio: "ignore",
  });
  // BENCH_APP_DIR: another checkout's apps/api, to compare two versions with the same settings.
  const api = spawn(process.execPath, [...API_NODE_ARGS, "src/main.ts"], {
    cwd: process.env.BENCH_APP_DIR || APP_DIR,
    // autocannon is one client standing in for many: no per-client share (fairness.ts).
    env: {
      ...process.env,
      API_PORT: apiPort,
      GRAPH_DATA_DIR: dataDir,
      NEO4J_URI: "",
      CLIENT_MAX_CONCURRENT: "0",
    },
    stdio: "ignore",
  });
  try {
    await waitFor(bareUrl, bare);
    await waitFor(`${apiUrl}/ready`, api);
    // Disjoint ranges of the walk: the check, the warm-up and the measured run never share a case.
    const checked = await checkCases(`${apiUrl}/graphql`, createCaseStream(0), 50);
    const warm = createCaseStream(1_000_000);
    await hammer(`${apiUrl}/graphql`, warm.nextBody, 2, connections);
    const fixed = JSON.stringify({ query: QUERY });
    const measured = createCaseStream(5_000_000);
    const done: DistinctRound[] = [];
    for (let round = 0; round < rounds; round++) {
      const bareResult = await hammer(bareUrl, () => fixed, seconds, connections);
      const apiResult = await hammer(`${apiUrl}/graphql`, measured.nextBody, seconds, connections);
      done.push({
        bare: { server: `bare node:http, round ${round + 1}`, ...bareResult },
        api: { server: `GraphQL differential, round ${round + 1}`, ...apiResult },
        ratio: apiResult.requestsPerSecond / bareResult.requestsPerSecond,
      });
    }
    return {
      bare: pooled(
        `bare node:http, fixed JSON (${rounds} rounds)`,
        done.map((r) => r.bare),
      ),
      api: pooled(
        `GraphQL differential, distinct never-repeated cases (${rounds} rounds)`,
        done.map((r) => r.api),
      ),
      ratio: median(done.map((r) => r.ratio)),
      rounds: done,
      connections,
      seconds,
      checked,
    };
  } finally {
    for (const child of [bare, api]) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const ticks = readCpuTicks();
  const run = await benchDistinctHttp(seconds, 16, Number(process.env.BENCH_ROUNDS ?? 3));
  const shares = toCpuShares(ticks, readCpuTicks());
  for (const r of [...run.rounds.flatMap((round) => [round.bare, round.api]), run.bare, run.api]) {
    console.log(
      `${r.server}: ${r.requestsPerSecond.toFixed(0)} req/s (${r.requests} requests), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx}, errors ${r.errors}`,
    );
  }
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `ratio ${run.ratio.toFixed(4)}, median of ${run.rounds.map((r) => r.ratio.toFixed(4)).join(" / ")} (${run.connections} connections, ${run.rounds.length} rounds of ${run.seconds} s each, load average ${load}, ${describeCpuShares(shares)})`,
  );
}
