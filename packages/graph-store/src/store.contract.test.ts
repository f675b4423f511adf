import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureGraphLoaded } from "./bootstrap";
import { DEFAULT_GRAPH_DIR } from "./config";
import { type FollowUpKnowledge, readFollowUpKnowledge, readSafety } from "./differential";
import { readRankingKnowledge } from "./differential-ranking";
import { StoreError } from "./errors";
import { type GraphBundle, readGraph, readSchemaStatements } from "./loader";
import { type CypherRunner, eachRow } from "./runner";
import { createGraphStore, type GraphStore } from "./store";
import { claimTestDatabase, createTestRunner, testEngineLabel } from "./testing";

/**
 * One contract, every runner: this file runs once per engine (TEST_ENGINE, see testing.ts). On
 * Neo4j it wipes the graph's labels, only in a database the tests own (claimTestDatabase).
 */

/** Resolves once `ok` does, checking every 25 ms for up to 5 s (a rebuild in the background). */
async function until(ok: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await ok()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("not within 5 s");
}

/** Wraps a runner to record every statement it runs. */
function recording(runner: CypherRunner) {
  const log: string[] = [];
  const wrapped: CypherRunner = {
    ...runner,
    run: (query, params, mode) => {
      log.push(query);
      return runner.run(query, params, mode);
    },
    each: (query, params, onRow) => {
      log.push(query);
      return eachRow(runner, query, params, onRow);
    },
  };
  return { runner: wrapped, log };
}

/**
 * Sorts the lists a Cypher `collect()` builds (a diagnostic's evaluated conditions, what it detects,
 * its alternatives): their order is unspecified, differs between engines, and the engine reads
 * them as sets. Everything else is compared in the order returned.
 */
function inCollectOrder(knowledge: FollowUpKnowledge): FollowUpKnowledge {
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    ...knowledge,
    diagnostics: knowledge.diagnostics.map((d) => ({
      ...d,
      evaluates: [...d.evaluates].sort((a, b) => byString(a.conditionId, b.conditionId)),
      detects: [...d.detects].sort(byString),
      alternatives: [...d.alternatives].sort(byString),
    })),
  };
}

/**
 * Each drug's classes in a fixed order: `collect()` in the per-request query keeps no order on
 * Neo4j (the same set came back as [nsaids, analgesics] and [analgesics, nsaids]).
 */
function classesSorted<T extends { drugClasses: Record<string, string[]> }>(safety: T): T {
  const drugClasses = Object.fromEntries(
    Object.entries(safety.drugClasses).map(([id, classes]) => [id, [...classes].sort()]),
  );
  return { ...safety, drugClasses };
}

describe(`GraphStore contract on ${testEngineLabel()}`, () => {
  let store: GraphStore;
  let bundle: GraphBundle;
  let log: string[];
  let runner: CypherRunner;

  beforeAll(async () => {
    const recorded = recording(createTestRunner());
    runner = recorded.runner;
    log = recorded.log;
    await claimTestDatabase(runner);
    await runner.run("MATCH (n) WHERE n:Entity OR n:Meta OR n:RedFlag DETACH DELETE n", {}, "WRITE");
    store = createGraphStore(runner);
    bundle = await readGraph(DEFAULT_GRAPH_DIR);
    expect(await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR)).toEqual({ loaded: true, reason: "empty" });
  });
  afterAll(() => store?.close());

  it("answers a ping", async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it("holds every curated node and relationship, counted by kind and type", async () => {
    const byKind = await store.countByKind();
    const byType = await store.countByRelation();
    expect(Object.values(byKind).reduce((a, b) => a + b, 0)).toBe(bundle.nodes.length);
    expect(Object.values(byType).reduce((a, b) => a + b, 0)).toBe(bundle.edges.length);
    expect(await store.countEntities()).toBe(bundle.nodes.length);
  });

  it("reloading the same files is a no-op, and a forced reload changes no counts", async () => {
    expect(await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR)).toEqual({
      loaded: false,
      reason: "up-to-date",
    });
    await store.load(bundle);
    expect(await store.countEntities()).toBe(bundle.nodes.length);
    expect(Object.values(await store.countByRelation()).reduce((a, b) => a + b, 0)).toBe(bundle.edges.length);
  });

  it("applies its schema statements idempotently", async () => {
    const statements = await readSchemaStatements(DEFAULT_GRAPH_DIR, store.engine);
    await store.applySchema(statements);
    await expect(store.applySchema(statements)).resolves.toBeUndefined();
  });

  it("gets nodes by id, in the order asked, skipping unknown ids", async () => {
    const nodes = await store.getNodes(["fever", "no-such-node", "pyelonephritis"]);
    expect(nodes.map((n) => [n.id, n.kind])).toEqual([
      ["fever", "FINDING"],
      ["pyelonephritis", "CONDITION"],
    ]);
    expect(nodes[1]?.props.urgency).toBe("urgent");
    expect(await store.getNode("no-such-node")).toBeNull();
  });

  it("resolves an id merged into another node to that node, only on a miss", async () => {
    const nodes = await store.getNodes(["renal-colic", "fever", "nephropathy", "no-such-node"]);
    expect(nodes.map((n) => n.id)).toEqual(["urolithiasis", "fever", "pre-eclampsia"]);
    expect(nodes[0]?.props.formerIds).toEqual(expect.arrayContaining(["renal-colic"]));
    log.length = 0;
    await store.getNodes(["fever", "urolithiasis"]);
    expect(log).toHaveLength(1);
  });

  it("stores priors, rule-outs and source ranks on the nodes", async () => {
    const preterm = await store.getNode("preterm-labour");
    expect(preterm?.props.prior).toBeGreaterThan(0);
    expect(String(preterm?.props.priorBasis)).toContain("§25.3");
    expect(preterm?.props.ruleOutDiagnostics).toEqual(expect.arrayContaining(["transvaginal-ultrasound"]));
    expect((await store.getNode("fda-nsaids-2020"))?.props).toMatchObject({
      sourceKind: "regulator",
      rank: 1,
    });
    expect((await store.getNode("seed-002"))?.props.rank).toBe(4);
  });

  it("searches names and aliases, case-insensitively, best first, filtered by kind", async () => {
    const fever = await store.search({ text: "FEVER", kinds: ["FINDING"] });
    expect(fever[0]).toMatchObject({ node: { id: "fever", kind: "FINDING" }, score: 1 });
    expect((await store.search({ text: "x-ray" }))[0]?.node.id).toBe("radiography");
    expect((await store.search({ text: "no-shpa" }))[0]?.node.id).toBe("drotaverine");
    expect((await store.search({ text: "dysuria" }))[0]?.node.id).toBe("dysuria");
    const conditions = await store.search({ text: "pyel", kinds: ["CONDITION"], first: 5 });
    expect(conditions.every((h) => h.node.kind === "CONDITION")).toBe(true);
    expect(conditions.map((h) => h.node.id)).toContain("pyelonephritis");
    expect(await store.search({ text: "zzzz-qqqq" })).toEqual([]);
    expect(await store.search({ text: "a", first: 3 })).toHaveLength(3);
  });

  it("returns a neighbourhood whose every edge carries a source and a quote", async () => {
    const sg = await store.neighborhood({ ids: ["pyelonephritis"], depth: 1 });
    const ids = sg.nodes.map((n) => n.id);
    expect(ids[0]).toBe("pyelonephritis");
    expect(ids).toEqual(expect.arrayContaining(["fever", "dysuria", "urinalysis"]));
    expect(sg.edges.length).toBeGreaterThan(5);
    for (const edge of sg.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(e.quote.length).toBeGreaterThan(0);
    }
    const fever = sg.edges.find((e) => e.id === "PRESENTS_WITH:pyelonephritis->fever");
    expect(fever).toMatchObject({ type: "PRESENTS_WITH", source: "pyelonephritis", target: "fever" });
    expect(fever?.props.frequency).toBeDefined();
    expect(sg.truncated).toBe(false);
  });

  it("walks deeper with depth, keeps to the kinds asked, and flags a cut at the limit", async () => {
    const one = await store.neighborhood({ ids: ["pyelonephritis"], depth: 1 });
    const two = await store.neighborhood({ ids: ["pyelonephritis"], depth: 2 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const findings = await store.neighborhood({ ids: ["pyelonephritis"], depth: 1, kinds: ["FINDING"] });
    expect(findings.nodes.slice(1).every((n) => n.kind === "FINDING")).toBe(true);
    const cut = await store.neighborhood({ ids: ["pyelonephritis"], depth: 2, limit: 4 });
    expect(cut.nodes).toHaveLength(4);
    expect(cut.truncated).toBe(true);
  });

  it("stores red flags with their evidence", async () => {
    const flags = await store.redFlags();
    expect(flags).toHaveLength(bundle.redFlags.length);
    for (const flag of flags) expect(flag.evidence.length).toBeGreaterThan(0);
  });

  it("reads one differential in a fixed number of queries, however many findings (no N+1)", async () => {
    const count = async (findings: string[]) => {
      log.length = 0;
      const knowledge = await store.differentialKnowledge(findings);
      return { queries: [...log], knowledge };
    };
    const one = await count(["fever"]);
    const many = await count([
      "fever",
      "dysuria",
      "unilateral-pain",
      "severe-pain",
      "worse-with-movement",
      "pulling-pain",
      "hard-uterus",
      "nausea",
    ]);
    expect(many.queries).toHaveLength(one.queries.length);
    expect(many.queries.length).toBeLessThanOrEqual(12);
    // The Cypher, shown: one statement per kind of knowledge.
    expect(many.queries.map((q) => q.trim().split("\n")[0])).toMatchInlineSnapshot(`
      [
        "MATCH (r:RedFlag) RETURN r {.*} AS flag ORDER BY r.id",
        "MATCH (c:Condition)-[:PRESENTS_WITH]->(f:Finding)",
        "MATCH (c:Condition)",
        "MATCH (c:Condition)-[l:PRESENTS_WITH]->(f:Finding)",
        "MATCH (s:Source)",
        "MATCH (c:Condition)",
        "MATCH (d:Diagnostic)-[e:EVALUATES]->(c:Condition)",
        "MATCH (d:Diagnostic)-[:DETECTS]->(f:Finding)",
        "MATCH (d:Diagnostic)-[:ALTERNATIVE_TO]-(a:Diagnostic)",
        "MATCH (s:Entity)-[t:TREATS|RELIEVES|PREVENTS]->(c:Condition)",
        "MATCH (d:Drug)-[:BELONGS_TO_CLASS*1..3]->(k:Drug)",
        "MATCH (s:Entity)-[e:HAS_SAFETY]->(src:Source)",
      ]
    `);
    expect(many.knowledge.conditions.map((c) => c.id)).toContain("pyelonephritis");
    expect(many.knowledge.links.length).toBeGreaterThan(many.knowledge.conditions.length);
    expect(many.knowledge.safety.length).toBeGreaterThan(0);
  });

  it("reads safety statements with their drug classes (ibuprofen gel -> ibuprofen -> NSAIDs)", async () => {
    const { safety, drugClasses } = await store.safety(["ibuprofen-gel"]);
    expect(drugClasses["ibuprofen-gel"]).toEqual(expect.arrayContaining(["nsaids"]));
    expect(safety.some((s) => s.subjectId === "nsaids")).toBe(true);
    expect(safety.every((s) => s.evidence.quote.length > 0)).toBe(true);
  });

  it("the knowledge snapshot answers exactly what the per-request queries read", async () => {
    // Every finding on the embedded engine; every fourth on Neo4j, which pays a round trip per query.
    const step = runner.engine === "neo4j" ? 4 : 1;
    const findings = bundle.nodes
      .filter((n) => n.kind === "FINDING")
      .map((n) => n.id)
      .filter((_, i) => i % step === 0);
    const sets = [
      ...findings.map((f) => [f]),
      ["fever", "dysuria", "unilateral-pain"],
      ["severe-pain", "worse-with-movement", "pulling-pain", "hard-uterus", "nausea"],
      ["no-such-finding"],
      [],
    ];
    let compared = 0;
    for (const [i, set] of sets.entries()) {
      const ranking = await store.rankingKnowledge(set);
      expect(ranking, set.join(",")).toEqual(await readRankingKnowledge(runner, set));
      if (i % 5 !== 0 && i < sets.length - 4) continue;
      // Follow-up for all candidates (more than a differential's leaders), then for one.
      for (const ids of [
        ranking.conditions.map((c) => c.id),
        ranking.conditions.slice(0, 1).map((c) => c.id),
      ]) {
        expect(inCollectOrder(await store.followUpKnowledge(ids)), ids.join(",")).toEqual(
          inCollectOrder(await readFollowUpKnowledge(runner, ids)),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
    const subjects = bundle.nodes
      .filter((n) => n.kind === "DRUG" || n.kind === "DIAGNOSTIC")
      .map((n) => n.id);
    expect(classesSorted(await store.safety(subjects))).toEqual(
      classesSorted(await readSafety(runner, subjects)),
    );
    expect(classesSorted(await store.safety(["ibuprofen-gel", "ibuprofen-gel"]))).toEqual(
      classesSorted(await readSafety(runner, ["ibuprofen-gel", "ibuprofen-gel"])),
    );
    expect(await store.safety([])).toEqual(await readSafety(runner, []));
  }, 120_000);

  it("the snapshot reads nodes as getNodes does, merged ids included", async () => {
    const former = bundle.nodes.flatMap((n) =>
      Array.isArray(n.props.formerIds) ? n.props.formerIds.map(String) : [],
    );
    const ids = [...bundle.nodes.map((n) => n.id).reverse(), ...former, "no-such-node"];
    expect(await store.knowledgeNodes(ids)).toEqual(await store.getNodes(ids));
    expect(await store.knowledgeNodes([])).toEqual([]);
  });

  it("a differential's knowledge costs no store query once the snapshot is built", async () => {
    await store.warmKnowledgeSnapshot();
    log.length = 0;
    const ranking = await store.rankingKnowledge(["fever", "dysuria"]);
    await store.followUpKnowledge(ranking.conditions.map((c) => c.id));
    await store.safety(["ibuprofen-gel"]);
    await store.knowledgeNodes(["fever", "pyelonephritis"]);
    // At most the load-stamp check (once a second), never the knowledge queries.
    expect(log.filter((q) => !q.includes("MATCH (m:Meta"))).toEqual([]);
    expect(ranking.links.length).toBeGreaterThan(0);
  });

  it("a snapshot build that fails is STORE_UNAVAILABLE for its callers, and the next call builds again", async () => {
    // The bulk reads fail once (as a Neo4j time limit or a lost server would), then recover.
    let failures = 1;
    const flaky: CypherRunner = {
      ...runner,
      each: (query, params, onRow) => {
        if (query.includes("PRESENTS_WITH") && failures > 0) {
          failures--;
          return Promise.reject(new StoreError("QUERY", "stopped at its time limit"));
        }
        return eachRow(runner, query, params, onRow);
      },
    };
    const fresh = createGraphStore(flaky);
    const error = await fresh.rankingKnowledge(["fever"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("STORE_UNAVAILABLE");
    expect((error as StoreError).message).toContain("stopped at its time limit");
    expect((await fresh.rankingKnowledge(["fever"])).links.length).toBeGreaterThan(0);
    expect(failures).toBe(0);
  });

  it("a snapshot build calls afterRead once after each of its bulk reads", async () => {
    let reads = 0;
    let afterReads = 0;
    const counted: CypherRunner = {
      ...runner,
      each: (query, params, onRow) => {
        reads++;
        // Each read ends before the next begins: the hook runs between them.
        expect(afterReads).toBe(reads - 1);
        return eachRow(runner, query, params, onRow);
      },
    };
    const fresh = createGraphStore(counted, { snapshot: { afterRead: () => afterReads++ } });
    await fresh.warmKnowledgeSnapshot();
    expect(reads).toBeGreaterThan(5);
    expect(afterReads).toBe(reads);
  });

  it("the snapshot is immutable: a request cannot change what the next one reads", async () => {
    const first = await store.rankingKnowledge(["fever"]);
    const link = first.links[0];
    expect(link).toBeDefined();
    expect(() => {
      (link as { frequency: string }).frequency = "always";
    }).toThrow(TypeError);
    first.links.length = 0;
    expect((await store.rankingKnowledge(["fever"])).links.length).toBeGreaterThan(0);
  });

  it("the search index calls onBuilt after each build: at warm-up and after another store's reload", async () => {
    let builds = 0;
    const watcher = createGraphStore(runner, { textIndex: { onBuilt: () => builds++ } });
    const loader = createGraphStore(runner);
    await watcher.warmTextIndex();
    await until(async () => builds === 1);
    // Served from the same build: no second call.
    expect((await watcher.search({ text: "fever" })).length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(builds).toBe(1);
    await loader.load({ ...bundle, contentHash: "index-reloaded" });
    expect((await watcher.search({ text: "fever" })).length).toBeGreaterThan(0);
    await until(async () => builds === 2);
    await loader.load(bundle);
  });

  it("a load by another store on the same database is seen at the next stamp check", async () => {
    const watcher = createGraphStore(runner, { snapshot: { checkMs: 0 } });
    const loader = createGraphStore(runner);
    const before = await watcher.knowledgeSnapshot();
    expect((await watcher.rankingKnowledge(["fever"])).links.length).toBeGreaterThan(0);
    const withoutFever: GraphBundle = {
      ...bundle,
      nodes: bundle.nodes.filter((n) => n.id !== "fever"),
      edges: bundle.edges.filter((e) => e.to !== "fever" && e.from !== "fever"),
      contentHash: "without-fever",
    };
    await loader.load(withoutFever);
    // The check after the reload starts the new snapshot's build; until it is built the previous
    // one answers (no caller waits for a rebuild), then the new one is swapped in whole.
    const during = await watcher.knowledgeSnapshot();
    expect(during.stamp === before.stamp || during.stamp.startsWith("without-fever@")).toBe(true);
    let after = during;
    for (let tries = 0; after.stamp === before.stamp && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      after = await watcher.knowledgeSnapshot();
    }
    expect(after.stamp).not.toBe(before.stamp);
    expect(after.stamp.startsWith("without-fever@")).toBe(true);
    expect(await watcher.rankingKnowledge(["fever"])).toEqual(await readRankingKnowledge(runner, ["fever"]));
    expect((await watcher.rankingKnowledge(["dysuria"])).links.some((l) => l.findingId === "fever")).toBe(
      false,
    );
    await loader.load(bundle);
    await until(async () => (await watcher.knowledgeSnapshot()).stamp.startsWith(`${bundle.contentHash}@`));
    expect((await watcher.rankingKnowledge(["dysuria"])).links.some((l) => l.findingId === "fever")).toBe(
      true,
    );
  });

  it("after another process's reload, callers read the previous snapshot while the new one builds", async () => {
    // The new snapshot's bulk reads wait at a gate, as a graph of millions of relationships would.
    let hold = false;
    let release = () => {};
    const gated: CypherRunner = {
      ...runner,
      each: async (query, params, onRow) => {
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        return eachRow(runner, query, params, onRow);
      },
    };
    const watcher = createGraphStore(gated, { snapshot: { checkMs: 0 } });
    const loader = createGraphStore(runner);
    const before = await watcher.knowledgeSnapshot();
    hold = true;
    await loader.load({ ...bundle, contentHash: "reloaded" });
    // Answered at once from the previous snapshot, though the new one cannot be read yet.
    const during = await Promise.race([
      watcher.knowledgeSnapshot(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000)),
    ]);
    expect(during?.stamp).toBe(before.stamp);
    expect((await watcher.rankingKnowledge(["fever"])).links.length).toBeGreaterThan(0);
    hold = false;
    release();
    await until(async () => (await watcher.knowledgeSnapshot()).stamp.startsWith("reloaded@"));
    // A load through the store itself is different: its callers wait for what they loaded.
    await watcher.load({ ...bundle, contentHash: "through-watcher" });
    expect((await watcher.knowledgeSnapshot()).stamp.startsWith("through-watcher@")).toBe(true);
    await loader.load(bundle);
  });

  it("removes what the files no longer hold on reload", async () => {
    const smaller: GraphBundle = {
      ...bundle,
      nodes: bundle.nodes.filter((n) => n.id !== "rectal-irritation"),
      edges: bundle.edges.filter((e) => e.to !== "rectal-irritation"),
      contentHash: "smaller",
    };
    await store.load(smaller);
    expect(await store.getNode("rectal-irritation")).toBeNull();
    // A load through the store itself rebuilds the snapshot at once (no stamp-check delay).
    const links = (await store.rankingKnowledge(["sacral-pain", "rectal-irritation"])).links;
    expect(links.some((l) => l.findingId === "rectal-irritation")).toBe(false);
    expect(await store.countEntities()).toBe(bundle.nodes.length - 1);
    expect((await store.getMeta())?.contentHash).toBe("smaller");
    expect(await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR)).toEqual({ loaded: true, reason: "changed" });
    expect(await store.getNode("rectal-irritation")).not.toBeNull();
    const restored = (await store.rankingKnowledge(["rectal-irritation"])).links;
    expect(restored.some((l) => l.findingId === "rectal-irritation")).toBe(true);
  });
});
