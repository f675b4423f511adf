// Reads the reports the suite's steps wrote and prints the summary: one line per package and
// engine, totals per engine, and the closing "N passed, N failed, N skipped" line.
import { existsSync, readFileSync } from "node:fs";

/** Counts from a vitest JSON report; files that failed to load count as failures too. */
export function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const brokenFiles = (r.testResults ?? []).filter(
    (t) => t.status === "failed" && (t.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + brokenFiles,
    skipped: r.numPendingTests + r.numTodoTests,
    note: brokenFiles > 0 ? `${brokenFiles} test file(s) failed to load` : "",
  };
}

/** Counts from Playwright's JSON report; a test that passed only on its retry is "flaky". */
export function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
    note: stats.flaky > 0 ? `${stats.flaky} flaky (failed, then passed on the one retry CI allows)` : "",
  };
}

/**
 * Prints every row (tool, package, engine, counts or why it did not run), each failed step that is
 * not a test run (lint, types, the Neo4j server: one failure each), totals per engine and the
 * closing line. A row whose step failed without a failing test (a crash, a missing report)
 * counts one failure, so a broken step can never look green.
 */
export function printSummary(rows, failedSteps, seconds) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const byEngine = new Map();
  console.log("\n=== summary");
  for (const row of rows) {
    const counts = row.counts ?? { passed: 0, failed: 0, skipped: 0, note: "" };
    const failed = counts.failed > 0 || row.ok ? counts.failed : counts.failed + 1;
    const line = row.notRun
      ? `not run: ${row.notRun}`
      : `${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped${counts.note ? `; ${counts.note}` : ""}${!row.ok && counts.failed === 0 ? "; the step FAILED (see its log)" : ""}`;
    console.log(`${row.tool.padEnd(10)} ${row.pkg.padEnd(20)} ${row.engine.padEnd(9)} ${line}`);
    const engine = byEngine.get(row.engine) ?? { passed: 0, failed: 0, skipped: 0 };
    for (const [key, value] of [
      ["passed", counts.passed],
      ["failed", failed],
      ["skipped", counts.skipped],
    ]) {
      engine[key] += value;
      totals[key] += value;
    }
    byEngine.set(row.engine, engine);
  }
  for (const title of failedSteps) {
    console.log(`step       ${title}: FAILED`);
    totals.failed += 1;
  }
  for (const [engine, c] of byEngine) {
    console.log(`engine ${engine.padEnd(9)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  }
  console.log(`whole suite in ${(seconds / 60).toFixed(1)} min`);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return totals;
}
