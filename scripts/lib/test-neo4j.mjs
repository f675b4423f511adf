// The Neo4j server the test suite owns: its own folder (data/neo4j-test) and port (7688 unless
// NEO4J_TEST_BOLT_PORT says otherwise), so a developer's server on 7687 and its data are never
// touched. Started before the vitest passes, stopped at the end (failure and Ctrl-C included).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** What the launcher is given, and what the tests read back (NEO4J_TEST_*). */
export function testServerEnv(env) {
  return {
    NEO4J_TEST_DATA_DIR: env.NEO4J_TEST_DATA_DIR || "data/neo4j-test",
    NEO4J_TEST_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT || "7688",
    // Smaller than a developer's server: the curated graph is small, and the API, the web app
    // and Chromium share the same two cores and memory during the run.
    NEO4J_TEST_HEAP: env.NEO4J_TEST_HEAP || "1g",
    NEO4J_TEST_PAGECACHE: env.NEO4J_TEST_PAGECACHE || "256m",
  };
}

/** The launcher's own variables for the test server. */
export function launcherEnv(test) {
  return {
    NEO4J_DATA_DIR: test.NEO4J_TEST_DATA_DIR,
    NEO4J_BOLT_PORT: test.NEO4J_TEST_BOLT_PORT,
    NEO4J_HEAP: test.NEO4J_TEST_HEAP,
    NEO4J_PAGECACHE: test.NEO4J_TEST_PAGECACHE,
  };
}

/** NEO4J_TEST_URI / _USER / _PASSWORD from the connection file the launcher wrote. */
export function testConnection(root, test) {
  const file = resolve(root, test.NEO4J_TEST_DATA_DIR, "connection.env");
  if (!existsSync(file)) return null;
  const values = Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1).trim()]),
  );
  if (!values.NEO4J_URI || !values.NEO4J_PASSWORD) return null;
  return {
    NEO4J_TEST_URI: values.NEO4J_URI,
    NEO4J_TEST_USER: values.NEO4J_USER || "neo4j",
    NEO4J_TEST_PASSWORD: values.NEO4J_PASSWORD,
  };
}

/** The launcher's exit code for "Java or Maven is missing" (packages/neo4j-server/src/cli.ts). */
export const MISSING_TOOLS = 4;
