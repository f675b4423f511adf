import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { API_NODE_ARGS } from "../src/api-process";

export interface HttpTiming {
  server: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
/** The bare `node:http` server every HTTP figure is a ratio against: a fixed JSON answer. */
export const BARE_SERVER = `
const body = JSON.stringify({ data: { ok: true, message: "a fixed answer" } });
require("node:http").createServer((req, res) => {
  req.resume();
  req.on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end(body); });
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));`;

export const DIFFERENTIAL_REQUEST = JSON.stringify({
  query: `query($input: DifferentialInput!) { differential(input: $input) {
    candidates { rank probability condition { id name } supporting { finding { id } weight evidence { quote source { title } } } }
    redFlags { id message urgency } nextFindings { finding { id } expectedInformationGain }
    suggestedDiagnostics { diagnostic { id } safety { level } warning } } }`,
  variables: { input: { present: ["fever", "dysuria", "unilateral-pain"], gestationalWeek: 24 } },
});

/** Waits until `url` answers 2xx, failing early when the server process has exited. */
export async function waitFor(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited before ${url} answered`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function load(url: string, body: string | undefined, seconds: number, connections: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json" },
    body,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * The API's `differential` over HTTP and a bare node:http server with a fixed JSON answer, in the
 * same run, one after the other, each in its own process, with the same autocannon settings.
 */
export async function benchHttp(seconds: number, connections: number): Promise<HttpTiming[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "bpx-bench-"));
  const bare = spawn(process.execPath, ["-e", BARE_SERVER], {
    env: { ...process.env, PORT: "4901" },
    stdio: "ignore",
  });
  const startApi = (port: string, cacheTtl: string, dir: string) =>
    spawn(process.execPath, [...API_NODE_ARGS, "src/main.ts"], {
      // BENCH_APP_DIR: another checkout's apps/api, to compare two versions with the same settings.
      cwd: process.env.BENCH_APP_DIR || APP_DIR,
      env: {
        ...process.env,
        API_PORT: port,
        GRAPH_DATA_DIR: dir,
        NEO4J_URI: "",
        RESPONSE_CACHE_TTL: cacheTtl,
        // autocannon is one client standing in for many: no per-client share (fairness.ts).
        CLIENT_MAX_CONCURRENT: "0",
      },
      stdio: "ignore",
    });
  const api = startApi("4902", "60", dataDir);
  const uncachedDir = await mkdtemp(join(tmpdir(), "bpx-bench-"));
  const uncached = startApi("4903", "0", uncachedDir);
  try {
    await waitFor("http://127.0.0.1:4901/", bare);
    await waitFor("http://127.0.0.1:4902/ready", api);
    await waitFor("http://127.0.0.1:4903/ready", uncached);
    const check = await fetch("http://127.0.0.1:4902/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: DIFFERENTIAL_REQUEST,
    }).then((r) => r.json() as Promise<{ data?: { differential?: unknown } }>);
    if (!check.data?.differential) throw new Error(`the differential query failed: ${JSON.stringify(check)}`);
    await load("http://127.0.0.1:4902/graphql", DIFFERENTIAL_REQUEST, 2, connections); // warm-up
    await load("http://127.0.0.1:4903/graphql", DIFFERENTIAL_REQUEST, 2, connections);
    const bareResult = await load("http://127.0.0.1:4901/", DIFFERENTIAL_REQUEST, seconds, connections);
    const apiResult = await load("http://127.0.0.1:4902/graphql", DIFFERENTIAL_REQUEST, seconds, connections);
    const uncachedResult = await load(
      "http://127.0.0.1:4903/graphql",
      DIFFERENTIAL_REQUEST,
      seconds,
      connections,
    );
    return [
      { server: "bare node:http, fixed JSON", ...bareResult },
      { server: "GraphQL differential, API as shipped (response cache on, default)", ...apiResult },
      {
        server: "GraphQL differential, response cache off (engine + store every request)",
        ...uncachedResult,
      },
    ];
  } finally {
    for (const child of [bare, api, uncached]) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await rm(dataDir, { recursive: true, force: true });
    await rm(uncachedDir, { recursive: true, force: true });
  }
}
