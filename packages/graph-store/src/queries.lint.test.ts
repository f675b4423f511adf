import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { KIND_LABELS, RELATION_TYPES } from "@bpx/domain";
import { lintCypherQuery, testData } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_DIR } from "./config";
import { readSchemaStatements } from "./loader";
import { ALL_QUERIES } from "./queries";

/** The project's schema as Neo4j's linter sees it: anything else in a statement is a warning. */
const dbSchema = {
  labels: [
    "Entity",
    "Meta",
    "RedFlag",
    "TeachingPath",
    "TeachingStep",
    "AuditEntry",
    ...Object.values(KIND_LABELS),
  ],
  relationshipTypes: [...Object.keys(RELATION_TYPES), "HAS_STEP"],
  propertyKeys: [
    "id",
    "kind",
    "name",
    "aliases",
    "summary",
    "category",
    "urgency",
    "prevalence",
    "weekFrom",
    "weekTo",
    "type",
    "modality",
    "drugClass",
    "title",
    "sourceKind",
    "publisher",
    "date",
    "url",
    "file",
    "citation",
    "frequency",
    "evoking",
    "note",
    "level",
    "evidenceSources",
    "evidenceQuotes",
    "evidenceVerbatim",
    "message",
    "whenAll",
    "whenAny",
    "suggests",
    "key",
    "contentHash",
    "loadedAt",
    "loadStamp",
    "searchName",
    "searchAliases",
    "searchSummary",
    "formerIds",
    // properties the loader stores for issue 11 (priors, rule-outs, citations, study figures)
    "prior",
    "priorBasis",
    "priorSources",
    "ruleOutText",
    "ruleOutDiagnostics",
    "ruleOutFindings",
    "layName",
    "body",
    "document",
    "number",
    "section",
    "rank",
    "sensitivity",
    "specificity",
    "statsSource",
    "evidenceSections",
    // keys of the `$rows` maps the UPSERT statements unwind
    "from",
    "to",
    "props",
    // teaching paths and their steps
    "audience",
    "author",
    "status",
    "version",
    "createdAt",
    "updatedAt",
    "publishedAt",
    "searchText",
    "pathId",
    "position",
    "nodeId",
    "edgeId",
    "annotation",
    "question",
    "answer",
    "casePresent",
    "caseAbsent",
    "caseWeek",
    "ownerId",
    // audit entries
    "at",
    "actorId",
    "actorName",
    "action",
    "pathTitle",
  ],
  parameters: {
    ids: [],
    findings: [],
    conditions: [],
    stamp: "",
    text: "",
    kinds: [],
    first: 10,
    frontier: [],
    limit: 10,
    rows: [],
    contentHash: "",
    loadedAt: "",
    id: "",
    title: "",
    summary: "",
    audience: "",
    author: "",
    status: "",
    now: "",
    publishedAt: "",
    searchText: "",
    steps: [],
    includeDrafts: false,
    search: "",
    afterUpdatedAt: "",
    afterId: "",
    froms: [],
    query: "",
    candidates: 10,
    auditId: "",
    actorId: "",
    actorName: "",
    action: "",
    pathId: "",
    ownerId: "",
    version: 1,
  },
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  // Every node is also an Entity, so each relationship type joins Entity to Entity as well.
  graphSchema: [
    ...Object.entries(RELATION_TYPES).flatMap(([relType, rule]) => [
      { from: "Entity", to: "Entity", relType },
      ...rule.from.flatMap((from) =>
        rule.to.map((to) => ({ from: KIND_LABELS[from], to: KIND_LABELS[to], relType })),
      ),
    ]),
    { from: "TeachingPath", to: "TeachingStep", relType: "HAS_STEP" },
  ],
};

function lint(query: string) {
  return lintCypherQuery(query, dbSchema).diagnostics.map(
    (d) => `${d.severity === 1 ? "error" : "warning"}: ${d.message}`,
  );
}

describe("every Cypher statement passes Neo4j's linter with no errors and no warnings", () => {
  it.each(Object.entries(ALL_QUERIES))("%s", (_name, query) => {
    expect(lint(query)).toEqual([]);
  });

  it("the Neo4j schema file", async () => {
    const statements = await readSchemaStatements(DEFAULT_GRAPH_DIR, "neo4j");
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(lint(statement), statement).toEqual([]);
  });

  it("the Grafeo schema file (the same Cypher, minus Neo4j-only indexes)", async () => {
    const text = await readFile(join(DEFAULT_GRAPH_DIR, "schema", "grafeo.cypher"), "utf8");
    const statements = await readSchemaStatements(DEFAULT_GRAPH_DIR, "embedded");
    expect(text).toContain("CREATE CONSTRAINT");
    for (const statement of statements) expect(lint(statement), statement).toEqual([]);
  });
});

describe("the lint check fails on broken statements (a test of the test)", () => {
  const broken = {
    "a syntax error": ALL_QUERIES.GET_NODES?.replace("RETURN", "RETRUN"),
    "a misspelled label": ALL_QUERIES.GET_NODES?.replace(":Entity", ":Entiti"),
    "an unknown property": ALL_QUERIES.GET_NODES_BY_FORMER_ID?.replace("n.formerIds", "n.formerId"),
    "an undeclared parameter": ALL_QUERIES.FULLTEXT_SEARCH?.replace("$candidates", "$candidate"),
    "an unknown function": ALL_QUERIES.GET_NODES_BY_FORMER_ID?.replace("any(", "anyy("),
    "an unknown procedure": ALL_QUERIES.FULLTEXT_SEARCH?.replace("queryNodes", "queryNode"),
    "a relationship in the wrong direction":
      "MATCH (f:Finding)-[:PRESENTS_WITH]->(c:Condition) RETURN f.id AS id",
    "an unknown relationship type": ALL_QUERIES.EDGES_AMONG?.replace("-[e]->", "-[e:CURES]->"),
    "a misspelled path property": ALL_QUERIES.LIST_PATHS?.replace("p.searchText", "p.searchtext"),
    "a step pointing at its path": "MATCH (s:TeachingStep)-[:HAS_STEP]->(p:TeachingPath) RETURN p.id AS id",
  };
  it.each(Object.entries(broken))("%s", (_name, query) => {
    expect(query).toBeDefined();
    expect(lint(query as string).length).toBeGreaterThan(0);
  });
});
