import { describe, expect, it } from "vitest";
import type { CypherRunner, Params, Row } from "./runner";
import { claimTestDatabase, neo4jTestOptions, testEngine } from "./testing";

/** A Neo4j-shaped runner over a node count and a marker count, recording what it is asked. */
function database(nodes: number, markers: number) {
  const asked: string[] = [];
  const runner: CypherRunner = {
    engine: "neo4j",
    location: "bolt://example:7687",
    async run(query: string, _params?: Params): Promise<Row[]> {
      asked.push(query);
      if (query.startsWith("MATCH (m:BpxTestDatabase)")) return [{ count: markers }];
      if (query.startsWith("MATCH (n)")) return [{ count: nodes }];
      if (query.startsWith("CREATE (:BpxTestDatabase")) markers++;
      return [];
    },
    transaction: () => Promise.reject(new Error("not used")),
    verify: async () => {},
    close: async () => {},
  };
  return { runner, asked, markers: () => markers };
}

describe("the test suites only delete data in a database they own", () => {
  it("refuses a database that holds nodes and no test marker (a developer's graph)", async () => {
    const db = database(1234, 0);
    await expect(claimTestDatabase(db.runner)).rejects.toThrow(
      "Refusing to run tests that delete data on bolt://example:7687: it holds 1234 nodes",
    );
    expect(db.asked.some((q) => q.startsWith("CREATE"))).toBe(false);
  });

  it("marks an empty database as the tests' own, once", async () => {
    const db = database(0, 0);
    await claimTestDatabase(db.runner);
    expect(db.markers()).toBe(1);
  });

  it("accepts a marked database whatever it holds", async () => {
    const db = database(5000, 1);
    await claimTestDatabase(db.runner);
    expect(db.asked).toHaveLength(1);
  });

  it("picks the engine from TEST_ENGINE and needs NEO4J_TEST_URI (never NEO4J_URI) for Neo4j", () => {
    expect(testEngine({})).toBe("embedded");
    expect(testEngine({ TEST_ENGINE: "neo4j" })).toBe("neo4j");
    expect(() => testEngine({ TEST_ENGINE: "grafeo" })).toThrow('TEST_ENGINE must be "embedded" or "neo4j"');
    expect(() => neo4jTestOptions({ NEO4J_URI: "bolt://mine:7687" })).toThrow("needs NEO4J_TEST_URI");
    expect(neo4jTestOptions({ NEO4J_TEST_URI: "bolt://t:7688", NEO4J_TEST_PASSWORD: "pw" })).toEqual({
      uri: "bolt://t:7688",
      user: "neo4j",
      password: "pw",
    });
  });
});
