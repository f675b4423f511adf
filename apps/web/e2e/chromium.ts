/**
 * Debian's Chromium, kept off the network so a run never downloads or phones home: the one
 * browser both the end-to-end suite (playwright.config.ts) and the page benchmark
 * (bench/case-link.bench.ts) launch.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
