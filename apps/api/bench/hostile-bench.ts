/**
 * Hostile input sizes, timed: the longest annotation a teaching step may hold rendered as Markdown,
 * and the longest clinical note read by interpretNote on the curated graph's lexicon. The tests
 * check what these produce; this script checks how long they take (goal: a median under 100 ms
 * over five runs after a warm-up; the slowest run is printed too), so a busy machine cannot fail a
 * test.
 *
 *   pnpm --filter @bpx/api bench:hostile
 */
import { renderAnnotation } from "@bpx/domain";
import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
} from "@bpx/graph-store";

const GOAL_MS = 100;
const RUNS = 5;

/** An annotation may hold 20,000 characters (the API's limit). */
const ANNOTATIONS: Record<string, string> = {
  "10,000 nested quotes": "> ".repeat(10_000),
  "6,666 unclosed emphases": "*a ".repeat(6666),
  "5,000 unclosed links": "[a](".repeat(5000),
  "20,000 opening brackets": "[".repeat(20_000),
  "10,000 unclosed labels": "[a".repeat(10_000),
  "a 20,000-character URL": `https://${"a.".repeat(9990)}`,
  "6,666 unclosed code spans": "`a ".repeat(6666),
  "5,000 list items": "- a\n".repeat(5000),
  "an unclosed fence": `\`\`\`\n${"x\n".repeat(5000)}`,
};

/** A note may hold 10,000 characters (the API's limit); each is one unit repeated. */
const NOTE_UNITS = [
  "a",
  ".,;:!?-/+()[]",
  "no ",
  "24+3+",
  "24/40 24w3d ",
  "é\u0301ü ",
  "😀🩺 ",
  "ألم الظهر ",
  "fever, ",
  "vomitting feaver ",
  "no fever, denies dysuria but has loin pain ",
];
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

async function timed(work: () => unknown | Promise<unknown>): Promise<{ median: number; max: number }> {
  await work();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(RUNS / 2)] ?? 0, max: runs[RUNS - 1] ?? 0 };
}

async function main() {
  const rows: { what: string; median: number; max: number }[] = [];
  for (const [name, input] of Object.entries(ANNOTATIONS)) {
    rows.push({ what: `annotation: ${name}`, ...(await timed(() => renderAnnotation(input))) });
  }
  const store = createGraphStore(createEmbeddedRunner());
  await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  for (const unit of NOTE_UNITS) {
    const note = fill(unit, 10_000);
    rows.push({
      what: `note: 10,000 characters of ${JSON.stringify(unit)}`,
      ...(await timed(() => store.interpretNote(note))),
    });
  }
  await store.close();
  let failed = 0;
  console.log("result   median    slowest  input");
  for (const { what, median, max } of rows) {
    const pass = median < GOAL_MS;
    if (!pass) failed++;
    console.log(
      `${pass ? "PASS" : "FAIL"}  ${median.toFixed(1).padStart(7)} ms ${max.toFixed(1).padStart(7)} ms  ${what}`,
    );
  }
  console.log(
    `load average ${(await import("node:os"))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}; goal: median < ${GOAL_MS} ms over ${RUNS} runs`,
  );
  process.exitCode = failed ? 1 : 0;
}

await main();
