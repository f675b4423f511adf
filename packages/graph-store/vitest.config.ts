import { defineConfig } from "vitest/config";

/**
 * One pass per engine (TEST_ENGINE, see src/testing.ts). The embedded pass runs every test file
 * except the Neo4j-only ones (`*.neo4j.test.ts`); the neo4j pass runs only the files that exercise
 * the store (the contracts, the load command, the Neo4j-only ones), so nothing is counted as run on
 * Neo4j that did not touch it.
 */
const engine = process.env.TEST_ENGINE === "neo4j" ? "neo4j" : "embedded";
const ON_BOTH_ENGINES = [
  "src/store.contract.test.ts",
  "src/paths/paths.contract.test.ts",
  "src/search/ranking.contract.test.ts",
  "src/abort.test.ts",
  "src/runners/transaction.contract.test.ts",
  "src/runners/each.contract.test.ts",
];

export default defineConfig({
  test: {
    name: `@bpx/graph-store [${engine}]`,
    include: engine === "neo4j" ? [...ON_BOTH_ENGINES, "src/**/*.neo4j.test.ts"] : ["src/**/*.test.ts"],
    exclude: engine === "neo4j" ? [] : ["src/**/*.neo4j.test.ts", "**/node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The Neo4j suites share one database (each wipes and reloads it): one file at a time.
    fileParallelism: engine !== "neo4j",
  },
});
