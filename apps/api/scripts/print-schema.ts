/**
 * Writes the printed schema to packages/schema/schema.graphql, formatted by Biome like the rest of
 * the repository, then regenerates the resolver types from it; a test fails when the SDL drifts
 * from the code, and `pnpm check` when the types drift from the SDL.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printApiSchema } from "@bpx/schema";

const schemaDir = fileURLToPath(new URL("../../../packages/schema/", import.meta.url));
const target = `${schemaDir}schema.graphql`;
const biome = fileURLToPath(new URL("../../../node_modules/.bin/biome", import.meta.url));
writeFileSync(target, printApiSchema());
execFileSync(biome, ["format", "--write", target], { stdio: "ignore" });
console.log(`wrote ${target}`);
execFileSync(`${schemaDir}node_modules/.bin/graphql-codegen`, ["--config", "codegen.ts", "--silent"], {
  cwd: schemaDir,
  stdio: "inherit",
});
console.log(`wrote ${schemaDir}src/generated/resolvers-types.ts`);
