import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toTerms } from "@bpx/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_DIR, REPO_ROOT } from "./config";
import { type GraphBundle, readGraph, readSchemaStatements } from "./loader";
import type { CypherRunner } from "./runner";
import { claimTestDatabase, createTestRunner, neo4jTestOptions, testEngineLabel } from "./testing";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Runs the graph command (`pnpm graph:load` / `graph:stats`) against the Neo4j test server. */
function graphCommand(command: "load" | "stats") {
  const { uri, user, password } = neo4jTestOptions();
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", command], {
    cwd: PACKAGE_DIR,
    encoding: "utf8",
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `pnpm graph:load` on a real Neo4j server: the schema file, the batched load, the search index. */
describe(`graph:load on ${testEngineLabel()}`, () => {
  let runner: CypherRunner;
  let bundle: GraphBundle;
  let load: ReturnType<typeof graphCommand>;

  beforeAll(async () => {
    runner = createTestRunner();
    await claimTestDatabase(runner);
    // From empty, so the command creates everything itself.
    await runner.run("MATCH (n) WHERE n:Entity OR n:Meta OR n:RedFlag DETACH DELETE n", {}, "WRITE");
    bundle = await readGraph(DEFAULT_GRAPH_DIR);
    load = graphCommand("load");
  }, 180_000);
  afterAll(() => runner?.close());

  it("exits 0, naming the store and showing progress per phase", () => {
    expect(load.status, load.stderr).toBe(0);
    expect(load.stderr).toContain(
      `loading ${bundle.nodes.length} nodes and ${bundle.edges.length} relationships into neo4j at ${neo4jTestOptions().uri}`,
    );
    expect(load.stderr).toMatch(/nodes +\[#+\] 100% /);
    expect(load.stderr).toMatch(/edges +\[#+\] 100% /);
    expect(load.stderr).toContain("seeded teaching paths written");
  });

  it("writes every node and relationship, as graph:stats then reports", async () => {
    const [nodes] = await runner.run("MATCH (n:Entity) RETURN count(n) AS count");
    const [edges] = await runner.run("MATCH (:Entity)-[e]->(:Entity) RETURN count(e) AS count");
    expect(nodes?.count).toBe(bundle.nodes.length);
    expect(edges?.count).toBe(bundle.edges.length);
    const stats = graphCommand("stats");
    expect(stats.status, stats.stderr).toBe(0);
    expect(stats.stdout).toContain(`store: neo4j at ${neo4jTestOptions().uri}`);
    expect(stats.stdout).toMatch(/PRESENTS_WITH +\d+/);
  });

  it("creates every constraint and index of graph/schema/neo4j.cypher, all online", async () => {
    const statements = await readSchemaStatements(DEFAULT_GRAPH_DIR, "neo4j");
    const creates = statements.filter((s) => s.startsWith("CREATE"));
    const names = creates.map((s) => /^CREATE (?:\w+ )?(?:CONSTRAINT|INDEX) (\w+)/.exec(s)?.[1]);
    expect(names.every(Boolean)).toBe(true);
    // The only other statements drop what an older version created.
    expect(statements.filter((s) => !s.startsWith("CREATE")).every((s) => s.startsWith("DROP"))).toBe(true);
    const constraints = (await runner.run("SHOW CONSTRAINTS YIELD name RETURN name")).map((r) => r.name);
    const indexes = await runner.run("SHOW INDEXES YIELD name, state RETURN name, state");
    const present = new Set([...constraints, ...indexes.map((r) => r.name)]);
    for (const name of names) expect(present, `${name}`).toContain(name);
    expect(indexes.filter((r) => r.state !== "ONLINE")).toEqual([]);
  });

  it("indexes the analysed forms in entity_text with the whitespace analyzer, and drops entity_search", async () => {
    const [index] = await runner.run(
      "SHOW FULLTEXT INDEXES YIELD name, properties, options WHERE name = 'entity_text' RETURN properties, options",
    );
    expect(index?.properties).toEqual(["searchName", "searchAliases", "searchSummary"]);
    expect(index?.options).toMatchObject({ indexConfig: { "fulltext.analyzer": "whitespace" } });
    const old = await runner.run("SHOW INDEXES YIELD name WHERE name = 'entity_search' RETURN name");
    expect(old).toEqual([]);
    const query = async (text: string) =>
      (
        await runner.run(
          "CALL db.index.fulltext.queryNodes('entity_text', $text) YIELD node, score RETURN node.id AS id ORDER BY score DESC, id LIMIT 5",
          { text },
        )
      ).map((r) => r.id);
    // Stored terms are the project's analysis: stems ("pyelonephr..."), folded spellings, synonyms.
    const [pyelo] = await runner.run("MATCH (n:Entity {id: 'pyelonephritis'}) RETURN n.searchName AS name");
    expect(pyelo?.name).not.toBe("pyelonephritis");
    expect((await query(String(pyelo?.name)))[0]).toBe("pyelonephritis");
    const alias = toTerms("nephrolithiasis").join(" ");
    expect(alias).not.toBe("nephrolithiasis");
    expect(await query(`searchAliases:${alias}`)).toContain("urolithiasis");
    // "not" is a term (negation words are kept, as one term): the whitespace analyzer drops nothing.
    expect((await query("not")).length).toBeGreaterThan(0);
    expect(await query("zzzzqq")).toEqual([]);
  });

  it("runs the Neo4j version pinned in packages/neo4j-server/pom.xml", async () => {
    const pom = readFileSync(`${REPO_ROOT}packages/neo4j-server/pom.xml`, "utf8");
    const pinned = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
    const [row] = await runner.run(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    );
    expect(row).toEqual({ version: pinned, edition: "community" });
  });
});
