import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureGraphLoaded } from "../bootstrap";
import { DEFAULT_GRAPH_DIR } from "../config";
import { type GraphBundle, readGraph } from "../loader";
import type { CypherRunner } from "../runner";
import { createGraphStore, type GraphStore } from "../store";
import { claimTestDatabase, createTestRunner, testEngineLabel } from "../testing";
import { content, refusal, step } from "./contract-fixtures";

/**
 * The teaching-path contract, once per engine (TEST_ENGINE, see testing.ts). On Neo4j it deletes
 * every TeachingPath and TeachingStep, only in a database the tests own (claimTestDatabase).
 */
describe(`teaching-path contract on ${testEngineLabel()}`, () => {
  let store: GraphStore;
  let runner: CypherRunner;
  let bundle: GraphBundle;

  beforeAll(async () => {
    runner = createTestRunner();
    await claimTestDatabase(runner);
    await runner.run("MATCH (n) WHERE n:TeachingPath OR n:TeachingStep DETACH DELETE n", {}, "WRITE");
    store = createGraphStore(runner);
    bundle = await readGraph(DEFAULT_GRAPH_DIR);
    await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  });
  afterAll(() => store?.close());

  it("creates a draft at version 1 with its steps in order, every field as written", async () => {
    const path = await store.paths.create({
      author: "educator-test",
      content: content({
        steps: [
          step({ question: "Fever?", answer: "Yes, 38.5 °C.", annotation: "<script>alert(1)</script>" }),
          step({
            nodeId: null,
            edgeId: "PRESENTS_WITH:pyelonephritis->fever",
            case: { present: ["fever", "dysuria"], absent: ["worse-with-movement"], gestationalWeek: 24 },
          }),
          step({
            nodeId: "osteochondrosis",
            case: { present: ["fever"], absent: [], gestationalWeek: null },
          }),
        ],
      }),
    });
    expect(path).toMatchObject({ version: 1, status: "draft", author: "educator-test", publishedAt: null });
    expect(path.createdAt).toBe(path.updatedAt);
    expect(path.steps.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(path.steps[0]).toMatchObject({
      annotation: "<script>alert(1)</script>",
      question: "Fever?",
      case: null,
    });
    expect(path.steps[1]).toMatchObject({
      nodeId: null,
      edgeId: "PRESENTS_WITH:pyelonephritis->fever",
      case: { present: ["fever", "dysuria"], absent: ["worse-with-movement"], gestationalWeek: 24 },
    });
    expect(path.steps[2]?.case).toEqual({ present: ["fever"], absent: [], gestationalWeek: null });
    expect(new Set(path.steps.map((s) => s.id)).size).toBe(3);
    expect(await store.paths.getMany([path.id], { includeDrafts: true })).toEqual([path]);
  });

  it("hides drafts unless asked for them", async () => {
    const draft = await store.paths.create({ author: "e", content: content({ title: "Hidden draft" }) });
    expect(await store.paths.getMany([draft.id], { includeDrafts: false })).toEqual([]);
    const page = await store.paths.list({ first: 50, includeDrafts: false });
    expect(page.paths.every((p) => p.status === "published")).toBe(true);
  });

  it("updates title and steps (reorder, edit, add, remove) in one change, keeping step ids", async () => {
    const path = await store.paths.create({
      author: "e",
      content: content({
        steps: [step({ annotation: "one" }), step({ annotation: "two" }), step({ annotation: "three" })],
      }),
    });
    const [one, two, three] = path.steps;
    const next = await store.paths.update(path.id, 1, () => ({
      title: "Kidney or spine, revised",
      steps: [
        { ...step({ annotation: "three, edited" }), id: three?.id },
        step({ annotation: "new" }),
        { ...step({ annotation: "one" }), id: one?.id },
      ],
    }));
    expect(next).toMatchObject({ version: 2, title: "Kidney or spine, revised", createdAt: path.createdAt });
    expect(next.updatedAt >= path.updatedAt).toBe(true);
    expect(next.steps.map((s) => s.annotation)).toEqual(["three, edited", "new", "one"]);
    expect(next.steps[0]?.id).toBe(three?.id);
    expect(next.steps[2]?.id).toBe(one?.id);
    expect(next.steps.map((s) => s.id)).not.toContain(two?.id);
    const [{ count }] = (await runner.run("MATCH (s:TeachingStep {pathId: $id}) RETURN count(s) AS count", {
      id: path.id,
    })) as [{ count: number }];
    expect(count).toBe(3);
  });

  it("refuses a stale version with CONFLICT and the current version, changing nothing", async () => {
    const path = await store.paths.create({ author: "e", content: content() });
    await store.paths.update(path.id, 1, () => ({ title: "v2" }));
    const error = await refusal(store.paths.update(path.id, 1, () => ({ title: "stale write" })));
    expect(error).toMatchObject({ reason: "CONFLICT", currentVersion: 2 });
    const [stored] = await store.paths.getMany([path.id], { includeDrafts: true });
    expect(stored).toMatchObject({ title: "v2", version: 2 });
  });

  it("two concurrent updates from the same version: exactly one wins, the other gets CONFLICT", async () => {
    const path = await store.paths.create({ author: "e", content: content() });
    const results = await Promise.allSettled([
      store.paths.update(path.id, 1, () => ({ title: "A" })),
      store.paths.update(path.id, 1, () => ({ title: "B" })),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ reason: "CONFLICT" });
    const [stored] = await store.paths.getMany([path.id], { includeDrafts: true });
    expect(stored?.version).toBe(2);
    expect(stored?.title).toBe((won[0] as PromiseFulfilledResult<{ title: string }>).value.title);
  });

  it("NOT_FOUND for a missing path; a foreign step id or a refused change rolls back", async () => {
    expect((await refusal(store.paths.update("no-such-path", 1, () => ({})))).reason).toBe("NOT_FOUND");
    expect((await refusal(store.paths.delete("no-such-path", 1))).reason).toBe("NOT_FOUND");
    const a = await store.paths.create({ author: "e", content: content({ title: "A" }) });
    const b = await store.paths.create({ author: "e", content: content({ title: "B" }) });
    const foreign = await refusal(
      store.paths.update(a.id, 1, () => ({ title: "A2", steps: [{ ...step(), id: b.steps[0]?.id }] })),
    );
    expect(foreign).toMatchObject({ reason: "INVALID_STEP", field: "steps[0].id" });
    const vetoed = new Error("not publishable");
    await expect(
      store.paths.update(a.id, 1, () => {
        throw vetoed;
      }),
    ).rejects.toBe(vetoed);
    expect((await store.paths.getMany([a.id], { includeDrafts: true }))[0]).toEqual(a);
    const made = await refusal(
      store.paths.create({
        author: "e",
        content: content({ title: "Half", steps: [{ ...step(), id: "x" }] }),
      }),
    );
    expect(made.reason).toBe("INVALID_STEP");
    const page = await store.paths.list({ first: 50, search: "half", includeDrafts: true });
    expect(page.totalCount).toBe(0);
  });

  it("publishes (stamping publishedAt) and unpublishes, one version each", async () => {
    const path = await store.paths.create({ author: "e", content: content() });
    const published = await store.paths.update(path.id, 1, () => ({ status: "published" }));
    expect(published).toMatchObject({ status: "published", version: 2 });
    expect(published.publishedAt).toBe(published.updatedAt);
    expect(await store.paths.getMany([path.id], { includeDrafts: false })).toHaveLength(1);
    const edited = await store.paths.update(path.id, 2, () => ({ summary: "edited" }));
    expect(edited.publishedAt).toBe(published.publishedAt);
    const draft = await store.paths.update(path.id, 3, () => ({ status: "draft" }));
    expect(draft).toMatchObject({ status: "draft", version: 4, publishedAt: null });
  });

  it("pages newest change first with no repeats or gaps, filtered by status and search", async () => {
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await store.paths.create({
          author: "e",
          content: content({ title: `Paging ${i}`, summary: i % 2 ? "ODD one" : "even" }),
        }),
      );
    }
    const all = await store.paths.list({ first: 50, includeDrafts: true });
    const seen: string[] = [];
    let after = null;
    for (;;) {
      const page = await store.paths.list({ first: 3, after, includeDrafts: true });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.paths.map((p) => p.id));
      const last = page.paths.at(-1);
      if (!page.hasNextPage || !last) break;
      after = { updatedAt: last.updatedAt, id: last.id };
    }
    expect(seen).toEqual(all.paths.map((p) => p.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(made.map((p) => p.id)));
    const keys = all.paths.map((p) => [p.updatedAt, p.id].join(" "));
    expect(keys).toEqual(
      [...keys].sort((x, y) => (x.split(" ")[0] === y.split(" ")[0] ? (x < y ? -1 : 1) : x < y ? 1 : -1)),
    );
    const odd = await store.paths.list({ first: 50, search: "odd ONE", includeDrafts: true });
    expect(odd.paths.map((p) => p.title).sort()).toEqual(["Paging 1", "Paging 3", "Paging 5"]);
    expect(odd.totalCount).toBe(3);
    const published = await store.paths.list({ first: 50, status: "published", includeDrafts: true });
    expect(published.paths.every((p) => p.status === "published")).toBe(true);
    const drafts = await store.paths.list({ first: 50, status: "draft", includeDrafts: false });
    expect(drafts).toEqual({ paths: [], hasNextPage: false, totalCount: 0 });
  });

  it("deletes a path and its steps, refusing a stale version", async () => {
    const path = await store.paths.create({ author: "e", content: content() });
    expect((await refusal(store.paths.delete(path.id, 2))).reason).toBe("CONFLICT");
    await store.paths.delete(path.id, 1);
    expect(await store.paths.getMany([path.id], { includeDrafts: true })).toEqual([]);
    const rows = await runner.run("MATCH (s:TeachingStep {pathId: $id}) RETURN s.id AS id", { id: path.id });
    expect(rows).toEqual([]);
  });

  it("finds relationships by stable id", async () => {
    const edges = await store.getEdges(["TREATS:nope->x", "PRESENTS_WITH:pyelonephritis->fever"]);
    expect(edges.map((e) => [e.id, e.type, e.source, e.target])).toEqual([
      ["PRESENTS_WITH:pyelonephritis->fever", "PRESENTS_WITH", "pyelonephritis", "fever"],
    ]);
    expect(await store.getEdges([])).toEqual([]);
  });

  it("seeding never overwrites: createIfAbsent writes once", async () => {
    const input = {
      id: "seed-test-path",
      author: "curators",
      content: content(),
      status: "published" as const,
    };
    expect(await store.paths.createIfAbsent(input)).toBe(true);
    const [seeded] = await store.paths.getMany([input.id], { includeDrafts: false });
    await store.paths.update(input.id, 1, () => ({ title: "An educator's edit" }));
    expect(await store.paths.createIfAbsent(input)).toBe(false);
    expect((await store.paths.getMany([input.id], { includeDrafts: true }))[0]).toMatchObject({
      title: "An educator's edit",
      version: 2,
    });
    expect(seeded?.status).toBe("published");
  });

  it("paths survive a reload of the graph, even one that drops a node a step points at", async () => {
    const path = await store.paths.create({
      author: "e",
      content: content({ steps: [step({ nodeId: "rectal-irritation" })] }),
    });
    await store.load(bundle);
    await store.load({
      ...bundle,
      nodes: bundle.nodes.filter((n) => n.id !== "rectal-irritation"),
      edges: bundle.edges.filter((e) => e.to !== "rectal-irritation"),
      contentHash: "smaller",
    });
    expect((await store.paths.getMany([path.id], { includeDrafts: true }))[0]).toEqual(path);
    await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
    expect(await store.countEntities()).toBe(bundle.nodes.length);
  });
});
