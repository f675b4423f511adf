import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, found from this file so the commands work from any directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** This package: where pom.xml lives and Maven builds. */
export const PACKAGE_DIR = fileURLToPath(new URL("../", import.meta.url));

/** A path as people type it: relative to the repository root when inside it, else absolute. */
export function shownPath(path: string): string {
  const inside = relative(REPO_ROOT, path);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

/** Where one server keeps everything: its data, pid, log and connection file. */
export interface ServerSettings {
  /** `data/neo4j` by default; tests and benchmarks use their own folders. */
  dir: string;
  host: string;
  port: number;
  /** JVM heap ceiling in MiB. */
  heapMb: number;
  /** Neo4j page cache (the store's file cache, off-heap) in MiB. */
  pageCacheMb: number;
  /** How long `start` waits for Bolt to answer before giving up. */
  startTimeoutMs: number;
}

const SIZE = /^(\d+)([mg])$/i;
const size = (name: string) =>
  z
    .string()
    .regex(SIZE, `${name} must be a size like 512m or 2g`)
    .transform((v) => {
      const [, n, unit] = SIZE.exec(v) as RegExpExecArray;
      return Number(n) * (unit?.toLowerCase() === "g" ? 1024 : 1);
    });

// Bounded for the project's machines (2 cores, 24 GiB, shared with the API, the web app and tests):
// 1 GiB of heap and 512 MiB of page cache hold the curated graph many times over; the benchmark
// raises both for the Hetionet-size graph.
const envSchema = z.object({
  NEO4J_DATA_DIR: z.string().default("data/neo4j"),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HEAP: size("NEO4J_HEAP").default(1024),
  NEO4J_PAGECACHE: size("NEO4J_PAGECACHE").default(512),
  NEO4J_START_TIMEOUT: z.coerce.number().int().min(5).max(3600).default(180),
});

/** Reads the server's settings from the environment, or throws naming the bad variable. */
export function settingsFromEnv(env: Record<string, string | undefined> = process.env): ServerSettings {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(
      `Invalid Neo4j server environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const e = parsed.data;
  return {
    dir: isAbsolute(e.NEO4J_DATA_DIR) ? e.NEO4J_DATA_DIR : resolve(REPO_ROOT, e.NEO4J_DATA_DIR),
    host: "127.0.0.1",
    port: e.NEO4J_BOLT_PORT,
    heapMb: e.NEO4J_HEAP,
    pageCacheMb: e.NEO4J_PAGECACHE,
    startTimeoutMs: e.NEO4J_START_TIMEOUT * 1000,
  };
}

/**
 * The settings of the test server `scripts/test-all.mjs` starts, from its NEO4J_TEST_* variables
 * (NEO4J_TEST_DATA_DIR, NEO4J_TEST_BOLT_PORT, NEO4J_TEST_HEAP, NEO4J_TEST_PAGECACHE), or null when
 * the tests were pointed at a server they did not start (then they cannot stop and start it).
 */
export function testServerSettings(
  env: Record<string, string | undefined> = process.env,
): ServerSettings | null {
  if (!env.NEO4J_TEST_DATA_DIR) return null;
  return settingsFromEnv({
    NEO4J_DATA_DIR: env.NEO4J_TEST_DATA_DIR,
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT,
    NEO4J_HEAP: env.NEO4J_TEST_HEAP,
    NEO4J_PAGECACHE: env.NEO4J_TEST_PAGECACHE,
  });
}

/** The files of one server, all under its folder. */
export function serverFiles(dir: string) {
  return {
    home: join(dir, "home"),
    pid: join(dir, "neo4j.pid"),
    log: join(dir, "neo4j.log"),
    connection: join(dir, "connection.env"),
  };
}
