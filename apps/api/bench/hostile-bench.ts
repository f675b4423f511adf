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
import { fillWith, HOSTILE_ANNOTATIONS, HOSTILE_NOTE_UNITS } from "@bpx/domain/testing/hostile";
import { openCuratedStore } from "@bpx/graph-store";

const GOAL_MS = 100;
const RUNS = 5;

/** Every hostile note unit, and one long sentence of negations and findings. */
const NOTE_UNITS = [...HOSTILE_NOTE_UNITS, "no fever, denies dysuria but has loin pain "];

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
  for (const [name, input] of Object.entries(HOSTILE_ANNOTATIONS)) {
    rows.push({ what: `annotation: ${name}`, ...(await timed(() => renderAnnotation(input))) });
  }
  const store = await openCuratedStore();
  for (const unit of NOTE_UNITS) {
    const note = fillWith(unit, 10_000);
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
