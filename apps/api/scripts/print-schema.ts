/**
 * Writes the printed schema to packages/schema/schema.graphql, formatted by Biome like the rest of
 * the repository; a test fails when it drifts from the code.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printApiSchema } from "@bpx/schema";

const target = fileURLToPath(new URL("../../../packages/schema/schema.graphql", import.meta.url));
const biome = fileURLToPath(new URL("../../../node_modules/.bin/biome", import.meta.url));
writeFileSync(target, printApiSchema());
execFileSync(biome, ["format", "--write", target], { stdio: "ignore" });
console.log(`wrote ${target}`);
