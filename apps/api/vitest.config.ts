import { defineConfig } from "vitest/config";

/**
 * One pass per engine (TEST_ENGINE, see @bpx/graph-store/testing). The embedded pass runs every test
 * file except the Neo4j-only ones (`*.neo4j.test.ts`). The neo4j pass runs the files whose tests go
 * through the store (every in-process GraphQL suite), minus those that never touch it or need the
 * embedded engine's own files, so nothing is counted as run on Neo4j that did not touch it.
 */
const engine = process.env.TEST_ENGINE === "neo4j" ? "neo4j" : "embedded";
const NOT_ON_NEO4J = [
  "src/tokens.test.ts", // parsing API_TOKENS: no store
  "src/durability.test.ts", // SIGKILL of an API process on the embedded store's files
  "src/teaching-paths-durability.test.ts", // the same, with writes in flight
];

export default defineConfig({
  // One copy of graphql: without the alias vitest can load both the ESM and CJS builds.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    name: `@bpx/api [${engine}]`,
    // The clinical case floors (scripts/) load their own embedded store: embedded pass only.
    include: engine === "neo4j" ? ["src/**/*.test.ts"] : ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...(engine === "neo4j" ? NOT_ON_NEO4J : ["src/**/*.neo4j.test.ts"])],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The Neo4j suites share one database: one file at a time.
    fileParallelism: engine !== "neo4j",
  },
});
