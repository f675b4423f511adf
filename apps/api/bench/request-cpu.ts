// CPU time per distinct differential in process (issue 14, item 2): N never-repeated cases of the
// HTTP run, sent one at a time through yoga's `fetch` (no socket, no autocannon), so the figure is
// the API's own work and does not depend on what else the shared cores run. Also the engine alone
// (`runDifferential`). Requests sent back to back in process never yield to the event loop between
// them, so loop delay is measured over HTTP, not here.
// `node --import tsx bench/request-cpu.ts [--cases 2000] [--profile requests.cpuprofile]`: the
// profile covers the measured requests only (not start-up or the engine-alone run).
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { openCuratedStore } from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import { createApiYoga } from "../src/create-yoga";
import { caseAt, createCaseStream } from "./distinct-bench";

export interface RequestCpu {
  cases: number;
  /** CPU (user + system) per request through yoga, and the engine's share measured alone. */
  requestCpuMs: number;
  engineCpuMs: number;
  /** Wall time per request (includes time the shared cores gave to other processes). */
  requestWallMs: number;
  responseBytes: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Runs `work` under the V8 CPU profiler and writes the profile to `path`. */
async function profiled<T>(path: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(path, JSON.stringify(profile));
    session.disconnect();
  }
}

export async function benchRequestCpu(cases: number, profilePath?: string): Promise<RequestCpu> {
  const store = await openCuratedStore();
  await store.warmKnowledgeSnapshot();
  // BENCH_GRAPHQL_JS=1 runs the differential on graphql-js instead of compiled, for comparison.
  const yoga = createApiYoga({ store, logging: false, compiledDifferential: !process.env.BENCH_GRAPHQL_JS });
  const send = async (body: string) => {
    const res = await yoga.fetch("http://bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`failed: ${body}\n${text}`);
    return text.length;
  };
  // Warm-up on a range of the walk the measured runs never reach.
  const warm = createCaseStream(9_000_000);
  for (let i = 0; i < 300; i++) await send(warm.nextBody());

  const stream = createCaseStream(5_000_000);
  const bodies = Array.from({ length: cases }, () => stream.nextBody());
  let bytes = 0;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const sendAll = async () => {
    for (const body of bodies) bytes += await send(body);
  };
  await (profilePath ? profiled(profilePath, sendAll) : sendAll());
  const requestCpuMs = cpuMs(cpu) / cases;
  const requestWallMs = (performance.now() - wall) / cases;

  const inputs = [];
  for (let i = 5_000_000; inputs.length < cases; i++) {
    const input = caseAt(i);
    if (input) inputs.push(input);
  }
  const engineCpu = process.cpuUsage();
  for (const input of inputs) await runDifferential(store, input);
  const engineCpuMs = cpuMs(engineCpu) / cases;
  await store.close();
  return {
    cases,
    requestCpuMs,
    engineCpuMs,
    requestWallMs,
    responseBytes: Math.round(bytes / cases),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--cases");
  const cases = at > 0 ? Number(process.argv[at + 1]) : 2000;
  const profileAt = process.argv.indexOf("--profile");
  const r = await benchRequestCpu(cases, profileAt > 0 ? process.argv[profileAt + 1] : undefined);
  console.log(
    `${r.cases} distinct cases: request CPU ${r.requestCpuMs.toFixed(3)} ms (wall ${r.requestWallMs.toFixed(3)} ms), engine alone ${r.engineCpuMs.toFixed(3)} ms, ${r.responseBytes} bytes per answer`,
  );
}
