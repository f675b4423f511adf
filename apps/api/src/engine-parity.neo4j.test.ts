import { DEFAULT_GRAPH_DIR, readGraph } from "@bpx/graph-store";
import { testEngineLabel } from "@bpx/graph-store/testing";
import { createSchema, DEFAULT_QUERY_LIMITS } from "@bpx/schema";
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, createTestStore } from "./test-helpers";
import { toDifferentialInput, VIGNETTES } from "./vignettes";

/**
 * The same questions through the production path (the GraphQL resolvers, the same code the HTTP
 * server runs) on Grafeo and on Neo4j must give byte-identical answers. Every field the schema
 * offers is asked for, to a fixed depth, so a field added later is compared too.
 */
const schema = createSchema();

/** Every field of `type` whose arguments are all optional, leaves always, objects to `depth`. */
function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  return fields
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (depth === 0) return "";
      if (isObjectType(named)) return `${f.name} { ${selection(named, depth - 1)} }`;
      if (isInterfaceType(named)) {
        const parts = schema
          .getPossibleTypes(named)
          .map((t) => `... on ${t.name} { ${selection(t, depth - 1)} }`);
        return `${f.name} { __typename ${parts.join(" ")} }`;
      }
      return "";
    })
    .filter(Boolean)
    .join(" ");
}

const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;
const DIFFERENTIAL = `query Differential($input: DifferentialInput!) {
  differential(input: $input) { ${selection(typeOf("Differential"), 4)} } }`;
const EXPLORE = `query Explore($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 1) { ${selection(typeOf("Subgraph"), 3)} } }`;
const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { score node { id name kind } } }`;
// The generated documents are far larger than a client's; the limits are not under test here.
const limits = { ...DEFAULT_QUERY_LIMITS, maxCost: 10_000_000, maxTokens: 1_000_000, maxDepth: 30 };

const WEEKS = [null, 6, 14, 22, 30, 38];

describe(`the same answers on embedded and on ${testEngineLabel()}`, () => {
  let embedded: Awaited<ReturnType<typeof createTestApi>>;
  let neo4j: Awaited<ReturnType<typeof createTestApi>>;
  let findings: string[];
  let conditions: string[];

  beforeAll(async () => {
    embedded = await createTestApi(await createTestStore("embedded"), { limits });
    neo4j = await createTestApi(await createTestStore("neo4j"), { limits });
    const bundle = await readGraph(DEFAULT_GRAPH_DIR);
    findings = bundle.nodes.filter((n) => n.kind === "FINDING").map((n) => n.id);
    conditions = bundle.nodes.filter((n) => n.kind === "CONDITION").map((n) => n.id);
  });
  afterAll(async () => {
    await embedded?.store.close();
    await neo4j?.store.close();
  });

  /** Asks both engines; returns the differing cases' names (empty when all agree). */
  async function compare(query: string, cases: { name: string; variables: Record<string, unknown> }[]) {
    const differ: string[] = [];
    for (const c of cases) {
      const [a, b] = [await embedded.gql(query, c.variables), await neo4j.gql(query, c.variables)];
      expect(a.body.errors, c.name).toBeUndefined();
      if (JSON.stringify(a.body) !== JSON.stringify(b.body)) differ.push(c.name);
    }
    return differ;
  }

  it("the differential for each clinical vignette", async () => {
    const cases = VIGNETTES.map((v) => ({
      name: v.name,
      variables: { input: toDifferentialInput(v) },
    }));
    expect(await compare(DIFFERENTIAL, cases)).toEqual([]);
  });

  it("the differential for every finding alone, at a week in each trimester or none", async () => {
    const cases = findings.map((id, i) => {
      const week = WEEKS[i % WEEKS.length];
      return { name: `${id} @ ${week}`, variables: { input: { present: [id], gestationalWeek: week } } };
    });
    expect(cases.length).toBeGreaterThan(50);
    expect(await compare(DIFFERENTIAL, cases)).toEqual([]);
  });

  it("the differential for pairs of findings with pertinent negatives", async () => {
    const cases = findings.slice(0, 40).map((id, i) => {
      const other = findings[(i * 7 + 3) % findings.length] as string;
      const absent = findings[(i * 11 + 5) % findings.length] as string;
      const present = other === id ? [id] : [id, other];
      return {
        name: `${present.join("+")} -${absent}`,
        variables: {
          input: { present, absent: present.includes(absent) ? [] : [absent], gestationalWeek: 24 },
        },
      };
    });
    expect(await compare(DIFFERENTIAL, cases)).toEqual([]);
  });

  it("the neighbourhood of every condition", async () => {
    const cases = conditions.map((id) => ({ name: id, variables: { ids: [id] } }));
    expect(await compare(EXPLORE, cases)).toEqual([]);
  });

  /**
   * Search is ranked by two BM25 implementations (MiniSearch per written form on the embedded
   * engine, Lucene per field on Neo4j), so its scores are not byte-identical. What must agree:
   * every exact hit (a name, alias or lay name typed in full scores 1 on both, the same nodes);
   * the ranking contract (search/ranking-contract.ts, run on both engines by the graph-store
   * suites); and, for the first word of every condition's id, the first hit on most texts and most
   * of the first ten. Measured when Neo4j's full-text search landed: the first hit agreed on 40 of
   * 47 texts and the first ten overlapped 0.94 on average; the floors leave room for ties only.
   */
  it("search: the same exact hits, the same first hit on most texts, most of the first ten", async () => {
    const texts = [...new Set(conditions.map((id) => id.split("-")[0] ?? id))];
    const ask = async (api: typeof embedded, text: string) => {
      const res = await api.gql(SEARCH, { text });
      expect(res.body.errors, text).toBeUndefined();
      const hits = (res.body.data as { search: { score: number; node: { id: string } }[] }).search;
      return hits.map((h) => ({ id: h.node.id, score: h.score }));
    };
    let firstAgrees = 0;
    let overlap = 0;
    const report: string[] = [];
    for (const text of texts) {
      const [a, b] = [await ask(embedded, text), await ask(neo4j, text)];
      const exact = (hits: { id: string; score: number }[]) =>
        hits.filter((h) => h.score === 1).map((h) => h.id);
      expect(exact(b).sort(), `exact hits for ${JSON.stringify(text)}`).toEqual(exact(a).sort());
      if (a[0]?.id === b[0]?.id) firstAgrees++;
      else report.push(`${text}: embedded ${a[0]?.id}, neo4j ${b[0]?.id}`);
      const top = new Set(a.map((h) => h.id));
      overlap += a.length === 0 ? 1 : b.filter((h) => top.has(h.id)).length / a.length;
    }
    const agreement = firstAgrees / texts.length;
    const meanOverlap = overlap / texts.length;
    console.log(
      `search parity: first hit ${firstAgrees}/${texts.length}, mean top-10 overlap ${meanOverlap.toFixed(2)}; differing: ${report.join("; ")}`,
    );
    expect(agreement).toBeGreaterThanOrEqual(0.8);
    expect(meanOverlap).toBeGreaterThanOrEqual(0.85);
  });
});
