/**
 * Generates what the one schema implies, in order: the SDL (`schema.graphql`, printed from the type
 * defs), then the resolver types (`src/generated/resolvers-types.ts`, GraphQL Code Generator with
 * `codegen.ts`). Neither is committed: `pnpm install` runs this (root postinstall, through turbo),
 * and so does every `typecheck`, `build` and `dev`, so they can never be stale. A file is written
 * only when its content changes, through a rename, so a concurrent reader never sees half a file.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { printApiSchema } from "../src/index";

const root = fileURLToPath(new URL("../", import.meta.url));

async function writeIfChanged(file: string, content: string): Promise<boolean> {
  if ((await readFile(file, "utf8").catch(() => null)) === content) return false;
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
  return true;
}

async function main() {
  const written: string[] = [];
  if (await writeIfChanged(`${root}schema.graphql`, printApiSchema())) written.push("schema.graphql");
  const { config } = await loadCodegenConfig({ configFilePath: `${root}codegen.ts` });
  const outputs: { filename: string; content: string }[] = await generate(
    { ...config, cwd: root, silent: true },
    false,
  );
  for (const { filename, content } of outputs) {
    if (await writeIfChanged(`${root}${filename}`, content)) written.push(filename);
  }
  console.log(
    `@bpx/schema codegen: ${written.length > 0 ? `wrote ${written.join(", ")}` : "schema.graphql and resolver types up to date"}`,
  );
}

main().catch((error: unknown) => {
  console.error("@bpx/schema codegen failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
