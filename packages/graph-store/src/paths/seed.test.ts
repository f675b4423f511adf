import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureGraphLoaded } from "../bootstrap";
import { DEFAULT_GRAPH_DIR, seedsDir } from "../config";
import { type GraphBundle, GraphValidationError, normaliseForQuote, readGraph } from "../loader";
import { createEmbeddedRunner } from "../runners/embedded";
import { createGraphStore, type GraphStore } from "../store";
import { readSeedPaths, type SeedPath, seedTeachingPaths } from "./seed";

let bundle: GraphBundle;
let seeds: SeedPath[];
beforeAll(async () => {
  bundle = await readGraph(DEFAULT_GRAPH_DIR);
  seeds = await readSeedPaths(DEFAULT_GRAPH_DIR, bundle);
});

describe("the seeded teaching paths in graph/paths", () => {
  it("are the three curated paths, each step annotated and pointing at real nodes and relationships", () => {
    expect(seeds.map((s) => s.id)).toEqual([
      "first-trimester-red-flags",
      "kidney-or-spine",
      "safe-pain-relief",
    ]);
    const nodes = new Set(bundle.nodes.map((n) => n.id));
    const edges = new Set(bundle.edges.map((e) => e.props.id));
    for (const seed of seeds) {
      expect(seed.content.steps.length).toBeGreaterThanOrEqual(5);
      for (const step of seed.content.steps) {
        expect(step.annotation.trim().length).toBeGreaterThan(40);
        if (step.nodeId) expect(nodes).toContain(step.nodeId);
        if (step.edgeId) expect(edges).toContain(step.edgeId);
        for (const id of step.case?.present ?? []) expect(nodes).toContain(id);
      }
    }
  });

  const seeds_ = seedsDir();
  it.skipIf(!existsSync(seeds_))(
    existsSync(seeds_)
      ? "quote the articles word for word"
      : `quote the articles word for word [skipped: no source articles at ${seeds_}; set SEEDS_DIR]`,
    async () => {
      const sources = new Map(
        bundle.nodes
          .filter((n) => n.kind === "SOURCE" && typeof n.props.file === "string")
          .map((n) => [n.id, String(n.props.file)]),
      );
      let checked = 0;
      for (const seed of seeds) {
        for (const step of seed.content.steps) {
          // A quoted line `> "..."` is followed by `> — *source-id...`.
          for (const m of step.annotation.matchAll(/^> "(.+)"\n> — \*([a-z0-9-]+)/gm)) {
            const [, quote = "", sourceId = ""] = m;
            const file = sources.get(sourceId);
            expect(file, `${seed.id}: unknown source ${sourceId}`).toBeDefined();
            const text = normaliseForQuote(await readFile(join(seeds_, file as string), "utf8"));
            expect(text, `${seed.id}: "${quote}"`).toContain(normaliseForQuote(quote));
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(25);
    },
  );

  it("a bad seed file is reported with its file, line and field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bpx-seeds-"));
    await mkdir(join(dir, "paths"));
    await writeFile(
      join(dir, "paths", "bad.yaml"),
      ["id: Bad Id", "title: ''", "steps:", "  - nodeId: no-such-node", "    annotation: x", ""].join("\n"),
    );
    const error = await readSeedPaths(dir, bundle).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphValidationError);
    expect((error as GraphValidationError).issues).toEqual([
      { file: join("paths", "bad.yaml"), line: 1, message: "id must be a kebab-case string." },
      { file: join("paths", "bad.yaml"), line: 2, message: "title must not be empty." },
      {
        file: join("paths", "bad.yaml"),
        line: 4,
        message: 'steps[0].nodeId: no node with id "no-such-node".',
      },
    ]);
    expect(await readSeedPaths(join(dir, "none"), bundle)).toEqual([]);
  });
});

describe("seeding a store", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createGraphStore(createEmbeddedRunner());
    await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
  });
  afterAll(() => store?.close());

  it("writes each path once, published, and never over an educator's edit", async () => {
    expect(await seedTeachingPaths(store, seeds)).toBe(3);
    const page = await store.paths.list({ first: 10, includeDrafts: false });
    expect(page.paths.map((p) => p.id).sort()).toEqual(seeds.map((s) => s.id));
    expect(page.paths.every((p) => p.status === "published" && p.version === 1)).toBe(true);
    await store.paths.update("kidney-or-spine", 1, () => ({ title: "Edited by an educator" }));
    expect(await seedTeachingPaths(store, seeds)).toBe(0);
    const [edited] = await store.paths.getMany(["kidney-or-spine"], { includeDrafts: true });
    expect(edited).toMatchObject({ title: "Edited by an educator", version: 2 });
  });
});
