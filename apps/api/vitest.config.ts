import { defineConfig } from "vitest/config";

export default defineConfig({
  // One copy of graphql: without the alias vitest can load both the ESM and CJS builds.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
});
