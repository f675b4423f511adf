import type { CypherRunner } from "./runner";
import { createEmbeddedRunner } from "./runners/embedded";
import { createNeo4jRunner, type Neo4jRunnerOptions } from "./runners/neo4j";

/**
 * What the test suites run on. Every suite that touches the store runs once per engine:
 * `TEST_ENGINE=embedded` (the default: Grafeo in memory) or `TEST_ENGINE=neo4j` (the server named by
 * NEO4J_TEST_URI, which `scripts/test-all.mjs` starts under `data/neo4j-test`). The test variables
 * are not NEO4J_URI on purpose: the suites delete data, and a developer's NEO4J_URI points at theirs.
 */
export type TestEngine = "embedded" | "neo4j";

export function testEngine(env: Record<string, string | undefined> = process.env): TestEngine {
  const value = env.TEST_ENGINE || "embedded";
  if (value !== "embedded" && value !== "neo4j") {
    throw new Error(`TEST_ENGINE must be "embedded" or "neo4j"; got "${value}"`);
  }
  return value;
}

/** The Neo4j test server's connection, from NEO4J_TEST_URI / _USER / _PASSWORD. */
export function neo4jTestOptions(env: Record<string, string | undefined> = process.env): Neo4jRunnerOptions {
  const uri = env.NEO4J_TEST_URI;
  if (!uri) {
    throw new Error(
      "TEST_ENGINE=neo4j needs NEO4J_TEST_URI (and NEO4J_TEST_PASSWORD): `pnpm test` starts a test server and sets them",
    );
  }
  return { uri, user: env.NEO4J_TEST_USER || "neo4j", password: env.NEO4J_TEST_PASSWORD ?? "" };
}

/** How a suite names the engine it ran on, e.g. `neo4j (bolt://127.0.0.1:7688)`. */
export function testEngineLabel(engine: TestEngine = testEngine()): string {
  return engine === "neo4j" ? `neo4j (${neo4jTestOptions().uri})` : "embedded (Grafeo, in memory)";
}

/** A runner on the engine under test: a fresh in-memory Grafeo, or the Neo4j test server. */
export function createTestRunner(engine: TestEngine = testEngine()): CypherRunner {
  return engine === "neo4j" ? createNeo4jRunner(neo4jTestOptions()) : createEmbeddedRunner();
}

/** The label of the one node that marks a Neo4j database as the test suites' own. */
const MARKER = "BpxTestDatabase";

/**
 * Refuses to let a suite delete data in a Neo4j database it does not own. A database is the
 * suites' own when it carries the marker node, or is empty (then the marker is written). A
 * database holding anything else (a developer's graph) is never touched. Embedded runners are
 * fresh in-memory databases: always owned.
 */
export async function claimTestDatabase(runner: CypherRunner): Promise<void> {
  if (runner.engine !== "neo4j") return;
  const [marked] = await runner.run(`MATCH (m:${MARKER}) RETURN count(m) AS count`);
  if (Number(marked?.count) > 0) return;
  const [all] = await runner.run("MATCH (n) RETURN count(n) AS count");
  if (Number(all?.count) > 0) {
    throw new Error(
      `Refusing to run tests that delete data on ${runner.location}: it holds ${all?.count} nodes and no :${MARKER} marker, so it is not a test database. Point NEO4J_TEST_URI at the server \`pnpm test\` starts (data/neo4j-test).`,
    );
  }
  await runner.run(`CREATE (:${MARKER} {createdAt: $at})`, { at: new Date().toISOString() }, "WRITE");
}
