// node --import tsx bench/ab-ready.ts --a URL --b URL [--loads N]: two builds of the web app compared on
// the shared case link, load by load. Each server (next start, with its own API or a shared one) is
// started beforehand. Chromium loads the vignette link on A and B in turn (the order swapped every
// round, one unmeasured round first), each time cold (a fresh browser context) and then warm (a
// second page in that context), and records when the ranking and the laid-out graph were both on
// screen (the "drawn" point of case-link.bench.ts, without the key press) and the total blocking
// time of the cold load. On this two-core machine a change of 50-100 ms is lost in the spread of
// separate bench runs; loads interleaved this way see the same machine load on both sides.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";

const CASE_LINK = "/?present=fever,dysuria,unilateral-pain&week=24";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const A = argument("--a");
const B = argument("--b");
const LOADS = Number(argument("--loads") ?? 10);
if (!A || !B || !Number.isInteger(LOADS) || LOADS < 1) {
  console.error(
    "usage: node --import tsx bench/ab-ready.ts --a http://host:port --b http://host:port [--loads N]",
  );
  process.exit(2);
}

declare global {
  interface Window {
    __ab?: { blocking: number; drawnAt: number };
  }
}

/** Installed before the page's scripts: long tasks, and the first frame with ranking and graph drawn. */
function instrument() {
  const ab = { blocking: 0, drawnAt: 0 };
  window.__ab = ab;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) ab.blocking += Math.max(0, entry.duration - 50);
  }).observe({ type: "longtask", buffered: true });
  const isDrawn = () =>
    document.querySelector('[data-testid="candidates"] li.candidate') !== null &&
    document.querySelector('[data-testid="graph-canvas"][data-layout="done"]') !== null &&
    (window.cy?.nodes().length ?? 0) > 0;
  const watch = () => {
    if (isDrawn()) ab.drawnAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

interface Side {
  name: string;
  base: string;
  cold: number[];
  warm: number[];
  blocking: number[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

const sides: Side[] = [
  { name: "A", base: A, cold: [], warm: [], blocking: [] },
  { name: "B", base: B, cold: [], warm: [], blocking: [] },
];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (let round = 0; round <= LOADS; round++) {
    for (const side of round % 2 ? sides : [...sides].reverse()) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
      // tsx compiles with esbuild's keepNames, whose helper the page does not have.
      await context.addInitScript("globalThis.__name = (fn) => fn;");
      await context.addInitScript(instrument);
      for (const kind of ["cold", "warm"] as const) {
        const page = await context.newPage();
        await page.goto(side.base + CASE_LINK, { waitUntil: "commit" });
        await page.waitForFunction(() => (window.__ab?.drawnAt ?? 0) > 0, null, {
          polling: 50,
          timeout: 60_000,
        });
        const ab = await page.evaluate(() => window.__ab);
        if (round === 0 || !ab) continue;
        side[kind].push(ab.drawnAt);
        if (kind === "cold") side.blocking.push(ab.blocking);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const format = (values: readonly number[]) =>
  `median ${median(values).toFixed(0)}, mean ${mean(values).toFixed(0)} ms`;
for (const side of sides) {
  console.log(`${side.name} ${side.base}`);
  console.log(`  drawn, cold: ${format(side.cold)}`);
  console.log(`  drawn, warm: ${format(side.warm)}`);
  console.log(`  total blocking time, cold: ${format(side.blocking)}`);
}
const [a, b] = sides as [Side, Side];
console.log(
  `B - A: cold ${(median(b.cold) - median(a.cold)).toFixed(0)} ms, warm ${(median(b.warm) - median(a.warm)).toFixed(0)} ms (medians of ${LOADS} loads each)`,
);
