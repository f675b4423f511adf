import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureGraphLoaded } from "../bootstrap";
import { DEFAULT_GRAPH_DIR } from "../config";
import { readGraph } from "../loader";
import { createEmbeddedRunner } from "../runners/embedded";
import { createGraphStore, type GraphStore } from "../store";
import { RANKING_CONTRACT } from "./ranking-contract";

/**
 * The ranking contract on the embedded engine. Neo4j still runs the substring Cypher SEARCH;
 * phase B (its full-text index) adds it to `engines` and this suite runs on both.
 */
const engines = [{ name: "embedded (Grafeo + MiniSearch)", create: createEmbeddedRunner }];

describe("ranking contract on neo4j", () => {
  it.skip("skipped: Neo4j's full-text search is phase B of issue 12; its substring SEARCH does not rank", () => {});
});

const graphIds = new Set((await readGraph(DEFAULT_GRAPH_DIR)).nodes.map((n) => n.id));

describe.each(engines)("ranking contract on $name", ({ create }) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createGraphStore(create());
    await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  });
  afterAll(() => store?.close());

  for (const row of RANKING_CONTRACT) {
    const missing = (row.waitsFor ?? []).filter((id) => !graphIds.has(id));
    const want = row.top.length === 0 ? "nothing required first" : row.top.join(" or ");
    const title = `${JSON.stringify(row.text)}${row.kinds ? ` (${row.kinds.join(", ")})` : ""} -> ${want}`;
    // Waits for issue 11's ids: skipped (and said so) while they are absent, a failure if they
    // exist and the search does not find them.
    it.skipIf(missing.length > 0)(
      missing.length > 0 ? `${title} [waits for issue 11: ${missing.join(", ")}]` : title,
      async () => {
        const hits = await store.search({ text: row.text, kinds: row.kinds ?? null, first: 10 });
        if (row.top.length > 0) expect(row.top).toContain(hits[0]?.node.id);
        else if (!row.notIn) expect(hits).toEqual([]);
        for (const id of row.notIn ?? []) expect(hits.map((h) => h.node.id)).not.toContain(id);
        if (row.score !== undefined) expect(hits[0]?.score).toBe(row.score);
        for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
      },
    );
  }

  it("ranks the same text the same way every time", async () => {
    const a = await store.search({ text: "pain", first: 50 });
    const b = await store.search({ text: "pain", first: 50 });
    expect(b).toEqual(a);
  });

  it("rebuilds the index when the graph's load stamp changes", async () => {
    const before = await store.search({ text: "fever", kinds: ["FINDING"] });
    const bundle = await readGraph(DEFAULT_GRAPH_DIR);
    const renamed = bundle.nodes.map((n) =>
      n.id === "fever" ? { ...n, props: { ...n.props, aliases: ["zzpyrexzz"] } } : n,
    );
    await store.load({ ...bundle, nodes: renamed, contentHash: `${bundle.contentHash}-renamed` });
    expect((await store.search({ text: "zzpyrexzz" }))[0]?.node.id).toBe("fever");
    expect((await store.interpretNote("no zzpyrexzz")).absent).toEqual(["fever"]);
    await store.load(bundle);
    expect(await store.search({ text: "zzpyrexzz" })).toEqual([]);
    expect(await store.search({ text: "fever", kinds: ["FINDING"] })).toEqual(before);
  });
});
