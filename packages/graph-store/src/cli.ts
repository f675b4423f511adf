import { existsSync } from "node:fs";
import { createRunner, DEFAULT_GRAPH_DIR, describeStore, seedsDir, storeConfigFromEnv } from "./config";
import { GraphValidationError, readGraph, readSchemaStatements, verifyQuotes } from "./loader";
import { readSeedPaths, seedTeachingPaths } from "./paths/seed";
import { createProgressBar } from "./progress";
import { createGraphStore } from "./store";

const USAGE = `usage: graph <command>
  validate   check the curated files (schema, references, evidence, quotes) without writing
  load       validate, then write the graph to the configured store (NEO4J_URI, or embedded);
             with --if-changed, only when the store holds other content (by content hash)
  stats      print node counts by kind and relationship counts by type
environment: NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE GRAPH_DATA_DIR GRAPH_DIR SEEDS_DIR`;

async function main(command: string | undefined, flags: readonly string[]): Promise<number> {
  const graphDir = process.env.GRAPH_DIR || DEFAULT_GRAPH_DIR;
  if (command === "validate") {
    const bundle = await readGraph(graphDir);
    const seeds = await readSeedPaths(graphDir, bundle);
    console.log(
      `schema ok: ${bundle.nodes.length} nodes, ${bundle.edges.length} relationships, ${bundle.redFlags.length} red flags, ${seeds.length} teaching paths`,
    );
    const articles = seedsDir();
    if (!existsSync(articles)) {
      console.log(`quotes not checked: no seeds folder at ${articles} (set SEEDS_DIR)`);
      return 0;
    }
    const { checked, problems } = await verifyQuotes(bundle, articles);
    for (const p of problems) console.error(`  ${p.file}:${p.line}: ${p.message}`);
    console.log(`quotes: ${checked - problems.length}/${checked} found verbatim in ${articles}`);
    return problems.length === 0 ? 0 : 1;
  }
  if (command !== "load" && command !== "stats") {
    console.error(USAGE);
    return 2;
  }
  const config = storeConfigFromEnv(process.env);
  const store = createGraphStore(createRunner(config));
  try {
    if (command === "load") {
      const bundle = await readGraph(graphDir);
      const seeds = await readSeedPaths(graphDir, bundle);
      await store.applySchema(await readSchemaStatements(graphDir, store.engine));
      const meta = flags.includes("--if-changed") ? await store.getMeta() : null;
      if (meta?.contentHash === bundle.contentHash) {
        console.error(`the graph in ${describeStore(config)} is up to date: nothing to load`);
      } else {
        console.error(
          `loading ${bundle.nodes.length} nodes and ${bundle.edges.length} relationships into ${describeStore(config)}`,
        );
        const started = Date.now();
        await store.load(bundle, { onProgress: createProgressBar() });
        console.error(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      const seeded = await seedTeachingPaths(store, seeds);
      console.error(`done (${seeded} of ${seeds.length} seeded teaching paths written; existing ones kept)`);
    } else {
      const [kinds, relations] = [await store.countByKind(), await store.countByRelation()];
      console.log(`store: ${describeStore(config)}`);
      console.log("nodes by kind:");
      for (const [kind, count] of Object.entries(kinds)) console.log(`  ${kind.padEnd(24)} ${count}`);
      console.log("relationships by type:");
      for (const [type, count] of Object.entries(relations)) console.log(`  ${type.padEnd(24)} ${count}`);
      if (Object.keys(kinds).length === 0) console.log("  (empty: run `pnpm graph:load`)");
    }
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof GraphValidationError) console.error(error.message);
    else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
