import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { CypherRunner } from "./runner";
import { createEmbeddedRunner } from "./runners/embedded";
import { createNeo4jRunner } from "./runners/neo4j";

/** The repository root, found from this file so commands work from any directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const DEFAULT_GRAPH_DIR = resolve(REPO_ROOT, "graph");
/** The source articles the graph quotes: `../shared/seeds` beside the repository by default. */
export const DEFAULT_SEEDS_DIR = resolve(REPO_ROOT, "../shared/seeds");

/**
 * Where the source articles are: `SEEDS_DIR` (relative paths from the repository root), else
 * `../shared/seeds`. A user's clone may have none: the quote checks then say they were skipped.
 */
export function seedsDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.SEEDS_DIR;
  return dir ? (isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir)) : DEFAULT_SEEDS_DIR;
}

export type StoreConfig =
  | { engine: "neo4j"; uri: string; user: string; password: string; database: string | undefined }
  | { engine: "embedded"; path: string | undefined };

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
      "must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI",
    )
    .optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().optional(),
  GRAPH_DATA_DIR: z.string().default("data"),
});

/**
 * Chooses the engine from the environment: Neo4j when NEO4J_URI is set, otherwise the embedded
 * Grafeo database in GRAPH_DATA_DIR (relative paths are taken from the repository root).
 */
export function storeConfigFromEnv(env: Record<string, string | undefined>): StoreConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(
      `Invalid graph store environment: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI) {
    return {
      engine: "neo4j",
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  }
  const dir = isAbsolute(e.GRAPH_DATA_DIR) ? e.GRAPH_DATA_DIR : resolve(REPO_ROOT, e.GRAPH_DATA_DIR);
  return { engine: "embedded", path: resolve(dir, "graph.grafeo") };
}

/**
 * A runner for the configured store. `queryTimeoutMs` (the API's request time limit) makes Neo4j
 * stop a query that outlives its request; the loader and benchmarks run without one.
 */
export function createRunner(
  config: StoreConfig,
  { queryTimeoutMs }: { queryTimeoutMs?: number } = {},
): CypherRunner {
  return config.engine === "neo4j"
    ? createNeo4jRunner({ ...config, queryTimeoutMs })
    : createEmbeddedRunner({ path: config.path });
}

/** A description of the store for logs: never includes credentials. */
export function describeStore(config: StoreConfig): string {
  return config.engine === "neo4j"
    ? `neo4j at ${config.uri}`
    : `embedded Grafeo at ${config.path ?? ":memory:"}`;
}
