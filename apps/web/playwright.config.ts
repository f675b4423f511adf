import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium";

// Overridable so two checkouts on one machine can run their suites side by side.
const API_PORT = Number(process.env.E2E_API_PORT ?? 4100);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
const WEB_DIR = import.meta.dirname;
const REPO_DIR = path.resolve(WEB_DIR, "../..");

// Workers load this file too; the variable keeps one fresh database directory for the whole run.
process.env.BPX_E2E_GRAPH_DATA_DIR ??= path.join(os.tmpdir(), `bpx-e2e-${Date.now()}`);
const graphDataDir = process.env.BPX_E2E_GRAPH_DATA_DIR;
// Only the runner removes it, on exit, after it has stopped the API that holds it open.
if (process.env.TEST_WORKER_INDEX === undefined) {
  process.on("exit", () => rmSync(graphDataDir, { recursive: true, force: true }));
}

// Reuse the pnpm that runs this script when there is one; a bare `pnpm` may not be on PATH.
const execPath = process.env.npm_execpath;
const pnpm = execPath?.includes("pnpm") ? `"${process.execPath}" "${execPath}"` : "npx -y pnpm@10.34.8";

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  // No retries, in CI or anywhere: a test that fails once has failed. The case page's reload test
  // that used to fail about one run in four was fixed at its cause (an edit applied to the case as
  // the last render saw it, not as the URL held it; see differential/case-page.tsx).
  retries: 0,
  // The JSON report feeds the suite's closing "N passed, N failed" line (scripts/test-all.mjs).
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  outputDir: "test-results/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    headless: true,
    viewport: { width: 1440, height: 960 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      command: `${pnpm} --filter @bpx/api start`,
      cwd: REPO_DIR,
      url: `http://127.0.0.1:${API_PORT}/ready`,
      env: {
        API_PORT: String(API_PORT),
        API_HOST: "127.0.0.1",
        GRAPH_DATA_DIR: graphDataDir,
        // As `pnpm start` runs them: the web app is the API's trusted proxy (browser ids).
        TRUSTED_PROXY: "127.0.0.1",
        // The teaching-path tests sign in with these (e2e/paths.spec.ts); test-only tokens.
        API_TOKENS:
          "educator:e2e-educator-token-7f3a9c,reader:e2e-reader-token-2b8d41,admin/E2E Admin:e2e-admin-token-5c1e77",
      },
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      // Against the production build: `pnpm test:e2e` runs `next build` first.
      command: `node_modules/.bin/next start -p ${WEB_PORT} -H 127.0.0.1`,
      cwd: WEB_DIR,
      url: `http://127.0.0.1:${WEB_PORT}`,
      env: { API_URL: `http://127.0.0.1:${API_PORT}`, NEXT_TELEMETRY_DISABLED: "1" },
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
