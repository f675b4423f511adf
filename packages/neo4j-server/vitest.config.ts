import { defineConfig } from "vitest/config";

/**
 * The default pass runs the unit tests; TEST_ENGINE=neo4j runs `*.neo4j.test.ts` against the test
 * server `scripts/test-all.mjs` starts (NEO4J_TEST_* variables).
 */
const engine = process.env.TEST_ENGINE === "neo4j" ? "neo4j" : "embedded";

export default defineConfig({
  test: {
    name: engine === "neo4j" ? "@bpx/neo4j-server [neo4j]" : "@bpx/neo4j-server",
    include: engine === "neo4j" ? ["src/**/*.neo4j.test.ts"] : ["src/**/*.test.ts"],
    exclude: engine === "neo4j" ? [] : ["src/**/*.neo4j.test.ts", "**/node_modules/**"],
    testTimeout: 30_000,
  },
});
