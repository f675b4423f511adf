import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The contract suites share one Neo4j database (each wipes and reloads it): one file at a time.
    fileParallelism: !process.env.NEO4J_URI,
  },
});
