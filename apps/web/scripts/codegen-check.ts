/**
 * Fails when the committed GraphQL types (src/api/gql) are not what codegen makes now from the
 * schema and the documents: a field renamed in the SDL or a document that no longer validates
 * stops `pnpm check` here, before anything is built. `pnpm --filter @bpx/web codegen` regenerates.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";

const OUTPUT_DIR = "src/api/gql";

async function readCommitted(): Promise<Map<string, string>> {
  const names = await readdir(OUTPUT_DIR).catch(() => []);
  const entries = await Promise.all(
    names.map(async (name) => [name, await readFile(path.join(OUTPUT_DIR, name), "utf8")] as const),
  );
  return new Map(entries);
}

/** The files that differ, are missing or are left over, by name. */
function toStale(fresh: Map<string, string>, committed: Map<string, string>): string[] {
  const names = new Set([...fresh.keys(), ...committed.keys()]);
  return [...names].filter((name) => fresh.get(name) !== committed.get(name)).sort();
}

async function main(): Promise<number> {
  // Generated in memory (not saved): invalid documents throw here with codegen's own message.
  const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
  const fresh = new Map(
    outputs.map((output) => [path.relative(OUTPUT_DIR, path.resolve(output.filename)), output.content]),
  );
  const stale = toStale(fresh, await readCommitted());
  if (stale.length === 0) {
    console.log(`codegen:check: ${OUTPUT_DIR} matches the schema and the documents.`);
    return 0;
  }
  console.error(
    `codegen:check: ${OUTPUT_DIR} is stale (${stale.join(", ")}). Run \`pnpm --filter @bpx/web codegen\` and commit the result.`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("codegen:check: the GraphQL documents do not validate against the schema.");
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
