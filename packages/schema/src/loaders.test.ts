import { createGraphStore, DEFAULT_GRAPH_DIR, ensureGraphLoaded, type GraphStore } from "@bpx/graph-store";
import { createTestRunner } from "@bpx/graph-store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEdgeLoader, createNodeLoader, createSafetyLoader } from "./loaders";

/** The real store, with every call of `method` recorded (its argument), to count round trips. */
function counting<K extends "getNodes" | "getEdges" | "safety">(store: GraphStore, method: K) {
  const calls: string[][] = [];
  const call = (ids: readonly string[]) => {
    calls.push([...ids]);
    return store[method](ids as string[]);
  };
  return { calls, store: { [method]: call } as unknown as Pick<GraphStore, K> };
}

let store: GraphStore;
beforeAll(async () => {
  store = createGraphStore(createTestRunner("embedded"));
  await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
});
afterAll(() => store.close());

/** Two finding ids of the curated graph. */
async function twoFindings(): Promise<[string, string]> {
  const [a, b] = (await store.search({ text: "pain", kinds: ["FINDING"], first: 2 })).map(
    (hit) => hit.node.id,
  );
  if (a === undefined || b === undefined)
    throw new Error("the curated graph has fewer than two pain findings");
  return [a, b];
}

describe("per-request loaders (dataloader over the embedded store)", () => {
  it("loads the nodes asked for in one tick with one store call, each id once; unknown ids are null", async () => {
    const [a, b] = await twoFindings();
    const { calls, store: spied } = counting(store, "getNodes");
    const nodes = createNodeLoader(spied);
    const loaded = await Promise.all([nodes.load(a), nodes.load(b), nodes.load(a), nodes.load("no-such")]);
    expect(loaded.map((n) => n?.id ?? null)).toEqual([a, b, a, null]);
    expect(calls).toEqual([[a, b, "no-such"]]);
    // Cached for the rest of the request: asking again costs nothing.
    expect((await nodes.load(b))?.id).toBe(b);
    expect(calls).toHaveLength(1);
  });

  it("serves a primed node without a store call", async () => {
    const [a, b] = await twoFindings();
    const [node] = await store.getNodes([a]);
    if (!node) throw new Error(`no node ${a}`);
    const { calls, store: spied } = counting(store, "getNodes");
    const nodes = createNodeLoader(spied);
    nodes.prime(a, node);
    const [primed, other] = await Promise.all([nodes.load(a), nodes.load(b)]);
    expect(primed).toBe(node);
    expect(other?.id).toBe(b);
    expect(calls).toEqual([[b]]);
  });

  it("batches relationships the same way", async () => {
    const [a] = await twoFindings();
    const { edges } = await store.neighborhood({ ids: [a], depth: 1, kinds: null, limit: 50 });
    expect(edges.length).toBeGreaterThan(1);
    const [e1, e2] = edges.map((e) => e.id);
    const { calls, store: spied } = counting(store, "getEdges");
    const loader = createEdgeLoader(spied);
    const loaded = await Promise.all([loader.load(e1 ?? ""), loader.load(e2 ?? ""), loader.load("X:a->b")]);
    expect(loaded.map((e) => e?.id ?? null)).toEqual([e1, e2, null]);
    expect(calls).toHaveLength(1);
  });

  it("reads the safety of every subject of one tick in one store call", async () => {
    const subjects = [
      ...(await store.search({ text: "paracetamol", kinds: ["DRUG"], first: 1 })),
      ...(await store.search({ text: "mri", kinds: ["DIAGNOSTIC"], first: 1 })),
    ].map((hit) => hit.node.id);
    expect(subjects).toHaveLength(2);
    const { calls, store: spied } = counting(store, "safety");
    const safety = createSafetyLoader(spied);
    const loaded = await Promise.all(subjects.map((id) => safety.load(id)));
    expect(calls).toEqual([subjects]);
    const direct = await store.safety(subjects);
    expect(direct.safety.length).toBeGreaterThan(0);
    for (const each of loaded)
      expect(each).toEqual({ statements: direct.safety, drugClasses: direct.drugClasses });
  });

  it("rejects every load of a batch whose store call fails, with the store's error", async () => {
    const [a, b] = await twoFindings();
    const closed = createGraphStore(createTestRunner("embedded"));
    await closed.close();
    const failure = await closed.getNodes([a]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const nodes = createNodeLoader(closed);
    const results = await Promise.allSettled([nodes.load(a), nodes.load(b)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : ""))).toEqual([
      String(failure),
      String(failure),
    ]);
  });
});
