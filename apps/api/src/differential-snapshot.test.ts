import {
  computeDifferential,
  DEFAULT_ENGINE_OPTIONS,
  type DifferentialInput,
  type DifferentialResult,
  selectLeaders,
} from "@bpx/domain";
import {
  type CypherRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
  type GraphStore,
  readFollowUpKnowledge,
  readGraph,
  readRankingKnowledge,
} from "@bpx/graph-store";
import { claimTestDatabase, createTestRunner, testEngineLabel } from "@bpx/graph-store/testing";
import { runDifferential } from "@bpx/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { randomCases } from "./random-cases";
import { createTestApi } from "./test-helpers";
import { toDifferentialInput, VIGNETTES } from "./vignettes";

/**
 * The differential as it ran before the knowledge snapshot (issue 14): twelve queries per request
 * (ranking, then follow-up for the leaders) and the engine run twice on their answers. The API's
 * snapshot-backed, rank-once path must give byte-identical answers.
 */
async function referenceDifferential(
  runner: CypherRunner,
  input: DifferentialInput,
  names: Record<string, string>,
): Promise<DifferentialResult> {
  const ranking = await readRankingKnowledge(runner, [...input.present, ...input.absent]);
  const first = computeDifferential(
    { ...ranking, diagnostics: [], treatments: [], safety: [], drugClasses: {} },
    input,
  );
  const leaders = selectLeaders(
    first.candidates,
    DEFAULT_ENGINE_OPTIONS.leaderCount,
    DEFAULT_ENGINE_OPTIONS.leaderFloor,
  );
  const followUp = await readFollowUpKnowledge(
    runner,
    leaders.map((l) => l.conditionId),
  );
  return computeDifferential(
    { ...ranking, ...followUp, names: { ...names, ...ranking.names, ...followUp.names } },
    input,
  );
}

describe(`the snapshot-backed differential gives the answers of the per-request queries on ${testEngineLabel()}`, () => {
  let runner: CypherRunner;
  let store: GraphStore;
  let cases: DifferentialInput[];
  let findingNames: Map<string, string>;

  beforeAll(async () => {
    runner = createTestRunner();
    await claimTestDatabase(runner);
    store = createGraphStore(runner);
    await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
    const bundle = await readGraph(DEFAULT_GRAPH_DIR);
    const findings = bundle.nodes.filter((n) => n.kind === "FINDING");
    findingNames = new Map(findings.map((n) => [n.id, String(n.props.name)]));
    // Neo4j pays a round trip per reference query: fewer cases there.
    // Distinct cases over every finding: 1-6 present, 0-3 absent, any week or none.
    const generated = randomCases(
      findings.map((n) => n.id),
      runner.engine === "neo4j" ? 40 : 300,
      { seed: 20261202, spread: 6 },
    );
    cases = [...VIGNETTES.map(toDifferentialInput), ...generated];
  });

  it("byte-identical results for the vignettes and hundreds of generated cases", async () => {
    let withTests = 0;
    for (const input of cases) {
      // The resolver passes the entered findings' names, as checkInput reads them.
      const names = Object.fromEntries(
        [...input.present, ...input.absent].map((id) => [id, findingNames.get(id) as string]),
      );
      const expected = await referenceDifferential(runner, input, names);
      const { result } = await runDifferential(store, input, names);
      expect(JSON.stringify(result), JSON.stringify(input)).toBe(JSON.stringify(expected));
      if (result.suggestedDiagnostics.length > 0) withTests++;
    }
    // The comparison covered the follow-up half too, not only empty lists.
    expect(withTests).toBeGreaterThan(cases.length / 2);
  });
});

describe("the nodes a differential's answer names", () => {
  it("are read from the knowledge snapshot: no store query, the store's own nodes", async () => {
    const base = await createTestApi();
    const calls: string[] = [];
    const counted = new Proxy(base.store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          calls.push(String(key));
          return value.apply(target, args);
        };
      },
    }) as GraphStore;
    const { gql } = await createTestApi(counted);
    const query = `query($input: DifferentialInput!) { differential(input: $input) {
      candidates { condition { id name kind } supporting { finding { id name } evidence { source { id title } } } }
      nextFindings { finding { id name } separates { id } }
      suggestedDiagnostics { diagnostic { id name } evaluates { id } saferAlternatives { id } }
      treatmentSafety { subject { id name } conditions { id } } } }`;
    const { body } = await gql(query, { input: { present: ["fever", "dysuria"], gestationalWeek: 24 } });
    expect(body.errors).toBeUndefined();
    expect(calls).not.toContain("getNodes");
    // The same nodes the store holds: the snapshot's names match a store read.
    const candidate = body.data.differential.candidates[0];
    const [stored] = await base.store.getNodes([candidate.condition.id]);
    expect(candidate.condition.name).toBe(stored?.name);
    await base.store.close();
  });
});
