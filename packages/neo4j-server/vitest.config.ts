import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "@bpx/neo4j-server", include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
