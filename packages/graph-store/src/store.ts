import { KIND_LABELS, type NodeKind, type RedFlagRule, type RelationType, type Subgraph } from "@bpx/domain";
import { abortableRunner } from "./abort";
import { readDifferentialKnowledge } from "./differential";
import type { GraphBundle } from "./loader/bundle";
import { toGraphEdge, toGraphNode } from "./mapping";
import { createPathStore } from "./paths/path-store";
import {
  COUNT_BY_KIND,
  COUNT_BY_RELATION,
  COUNT_ENTITIES,
  DELETE_STALE_EDGES,
  DELETE_STALE_NODES,
  DELETE_STALE_RED_FLAGS,
  EDGES_AMONG,
  GET_META,
  GET_NODES,
  GET_NODES_BY_FORMER_ID,
  NEIGHBOURS,
  PING,
  SET_META,
  UPSERT_EDGES,
  UPSERT_NODES,
  UPSERT_RED_FLAGS,
} from "./queries";
import { GET_EDGES } from "./queries-paths";
import type { CypherRunner } from "./runner";
import { toSearchFields } from "./search/search-fields";
import { createTextIndex, type TextIndexOptions } from "./search/text-index";
import { createSnapshotHolder, type SnapshotHolderOptions } from "./snapshot";
import { createApiReads } from "./store-api";

export interface SearchOptions {
  text: string;
  kinds?: readonly NodeKind[] | null | undefined;
  first?: number;
}

export interface NeighborhoodOptions {
  ids: readonly string[];
  depth?: number;
  kinds?: readonly NodeKind[] | null | undefined;
  /** Most nodes returned; the neighbourhood is cut (and flagged) past it. */
  limit?: number;
}

export interface LoadProgress {
  phase: "nodes" | "edges" | "cleanup";
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface GraphMeta {
  contentHash: string;
  loadedAt: string;
}

export interface GraphStoreOptions {
  /** The in-memory knowledge snapshot the differential reads (see `snapshot/`). */
  snapshot?: SnapshotHolderOptions;
  /** The search index and note lexicon (see `search/text-index.ts`). */
  textIndex?: TextIndexOptions;
}

export type GraphStore = ReturnType<typeof createGraphStore>;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The graph operations the API needs, on any runner. Each method builds parameters, runs named
 * statements from `queries.ts` and maps rows: no Cypher is written anywhere else.
 */
export function createGraphStore(engineRunner: CypherRunner, options: GraphStoreOptions = {}) {
  // Every query checks first that the request it serves is still wanted (abort.ts).
  const runner = abortableRunner(engineRunner);
  /** Nodes by id, in the order asked; an id merged into another node resolves to that node. */
  const getNodes = async (ids: readonly string[]) => {
    if (ids.length === 0) return [];
    const rows = await runner.run(GET_NODES, { ids: [...ids] });
    const byId = new Map(rows.map((row) => toGraphNode(row.node)).map((node) => [node.id, node]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      for (const row of await runner.run(GET_NODES_BY_FORMER_ID, { ids: missing })) {
        const node = toGraphNode(row.node);
        const formerIds = Array.isArray(node.props.formerIds) ? node.props.formerIds.map(String) : [];
        for (const former of formerIds) if (missing.includes(former)) byId.set(former, node);
      }
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  const textIndex = createTextIndex(runner, options.textIndex);
  const AWAIT_INDEXES = "CALL db.awaitIndexes(300)";
  // Neo4j's full-text index reads the analysed forms; the embedded engine analyses in process.
  const withSearchFields = (props: Record<string, unknown>) =>
    runner.engine === "neo4j" ? { ...props, ...toSearchFields(props) } : props;
  const snapshots = createSnapshotHolder(runner, options.snapshot);

  /**
   * Writes a validated bundle idempotently: batched UNWIND ... MERGE per label and type, then
   * removes what the files no longer hold, then writes the load marker. A crash part-way leaves
   * no marker, so the next start loads again.
   */
  async function writeBundle(bundle: GraphBundle, { batchSize = 1000, onProgress }: LoadOptions) {
    const stamp = `${bundle.contentHash}@${new Date().toISOString()}`;
    const nodeGroups = groupBy(bundle.nodes, (n) => n.kind);
    let done = 0;
    for (const [kind, nodes] of nodeGroups) {
      for (const batch of chunk(nodes, batchSize)) {
        const rows = batch.map((n) => ({ id: n.id, props: withSearchFields(n.props) }));
        await runner.run(UPSERT_NODES[KIND_LABELS[kind as NodeKind]], { rows, stamp }, "WRITE");
        done += batch.length;
        onProgress?.({ phase: "nodes", done, total: bundle.nodes.length });
      }
    }
    done = 0;
    for (const [type, edges] of groupBy(bundle.edges, (e) => e.type)) {
      for (const batch of chunk(edges, batchSize)) {
        const rows = batch.map((e) => ({ id: e.props.id, from: e.from, to: e.to, props: e.props }));
        await runner.run(UPSERT_EDGES[type as RelationType], { rows, stamp }, "WRITE");
        done += batch.length;
        onProgress?.({ phase: "edges", done, total: bundle.edges.length });
      }
    }
    const flags = bundle.redFlags.map((f) => ({ id: f.id, props: f.props }));
    await runner.run(UPSERT_RED_FLAGS, { rows: flags, stamp }, "WRITE");
    await runner.run(DELETE_STALE_RED_FLAGS, { stamp }, "WRITE");
    await runner.run(DELETE_STALE_EDGES, { stamp }, "WRITE");
    await runner.run(DELETE_STALE_NODES, { stamp }, "WRITE");
    await runner.run(
      SET_META,
      { contentHash: bundle.contentHash, loadedAt: new Date().toISOString() },
      "WRITE",
    );
    onProgress?.({ phase: "cleanup", done: 1, total: 1 });
  }

  return {
    engine: runner.engine,
    location: runner.location,
    ...createApiReads(runner),

    async ping(): Promise<void> {
      await runner.run(PING);
    },

    getNodes,

    async getNode(id: string) {
      return (await getNodes([id]))[0] ?? null;
    },

    /**
     * Ranked search over names, aliases, lay names and summaries, one ranking contract on both
     * engines (`search/`): the embedded engine's in-process index, Neo4j's full-text index.
     */
    async search({ text, kinds = null, first = 10 }: SearchOptions) {
      if (text.trim() === "") return [];
      return textIndex.search(text, kinds, first);
    },

    /** The findings a clinician's note affirms and denies, its week, and what it could not place. */
    interpretNote: (note: string) => textIndex.interpret(note),

    /** Builds the search index and the note lexicon ahead of the first request. */
    warmTextIndex: () => textIndex.warmUp(),

    async neighborhood({
      ids,
      depth = 1,
      kinds = null,
      limit = 500,
    }: NeighborhoodOptions): Promise<Subgraph> {
      const seeds = await getNodes(ids);
      const seen = new Set(seeds.map((n) => n.id));
      let frontier = [...seen];
      let truncated = false;
      for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
        const room = limit - seen.size;
        const rows = await runner.run(NEIGHBOURS, {
          frontier,
          kinds: kinds ? [...kinds] : null,
          limit: room + 1,
        });
        const fresh = rows.filter((row) => !seen.has(String(row.id)));
        if (fresh.length > room) truncated = true;
        const kept = fresh.slice(0, Math.max(room, 0));
        for (const row of kept) seen.add(String(row.id));
        // Sources are leaves: walking through one would join everything it is cited for.
        frontier = kept.filter((row) => row.kind !== "SOURCE").map((row) => String(row.id));
      }
      const allIds = [...seen];
      const others = await getNodes(allIds.filter((id) => !ids.includes(id)));
      const edgeRows = await runner.run(EDGES_AMONG, { ids: allIds });
      return { nodes: [...seeds, ...others], edges: edgeRows.map(toGraphEdge), truncated };
    },

    /** Relationships by stable id (`TYPE:from->to`), in the order asked, skipping unknown ids. */
    async getEdges(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const froms = [...new Set(ids.map((id) => id.slice(id.indexOf(":") + 1, id.lastIndexOf("->"))))];
      const rows = await runner.run(GET_EDGES, { ids: [...ids], froms });
      const byId = new Map(rows.map(toGraphEdge).map((edge) => [edge.id, edge]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** Teaching paths, stored beside the graph (see `paths/path-store.ts`). */
    paths: createPathStore(runner),

    /** The red-flag rules, from the knowledge snapshot. */
    async redFlags(): Promise<RedFlagRule[]> {
      return (await snapshots.get()).redFlags();
    },

    /**
     * The knowledge one differential needs, for the entered findings, read from the store with a
     * fixed number of queries (the reference the snapshot is tested against; the API reads
     * `rankingKnowledge` and `followUpKnowledge`).
     */
    differentialKnowledge: (findingIds: readonly string[]) => readDifferentialKnowledge(runner, findingIds),

    /** Ranking knowledge for the entered findings, from the in-memory snapshot. */
    rankingKnowledge: async (findingIds: readonly string[]) => (await snapshots.get()).ranking(findingIds),

    /** Tests, treatments and safety for the leading conditions, from the in-memory snapshot. */
    followUpKnowledge: async (conditionIds: readonly string[]) =>
      (await snapshots.get()).followUp(conditionIds),

    /** Safety statements about these subjects and their classes, from the in-memory snapshot. */
    safety: async (subjectIds: readonly string[]) => (await snapshots.get()).safety(subjectIds),

    /** Nodes by id as `getNodes` reads them, from the snapshot: for a differential's answer. */
    knowledgeNodes: async (ids: readonly string[]) => (await snapshots.get()).nodes(ids),

    /** The snapshot the differential reads now (built at the first call and after each load). */
    knowledgeSnapshot: () => snapshots.get(),

    /** Builds the knowledge snapshot ahead of the first request. */
    warmKnowledgeSnapshot: async (): Promise<void> => {
      await snapshots.get();
    },

    async countEntities(): Promise<number> {
      const [row] = await runner.run(COUNT_ENTITIES);
      return Number(row?.count ?? 0);
    },

    async countByKind(): Promise<Record<string, number>> {
      const rows = await runner.run(COUNT_BY_KIND);
      return Object.fromEntries(rows.map((row) => [String(row.kind), Number(row.count)]));
    },

    async countByRelation(): Promise<Record<string, number>> {
      const rows = await runner.run(COUNT_BY_RELATION);
      return Object.fromEntries(rows.map((row) => [String(row.type), Number(row.count)]));
    },

    async getMeta(): Promise<GraphMeta | null> {
      const [row] = await runner.run(GET_META);
      if (!row || typeof row.contentHash !== "string") return null;
      return { contentHash: row.contentHash, loadedAt: String(row.loadedAt) };
    },

    /** Runs per-engine schema statements (constraints, indexes); each is idempotent. */
    async applySchema(statements: readonly string[]): Promise<void> {
      for (const statement of statements) await runner.run(statement, {}, "WRITE");
      // Neo4j builds a new index in the background; searches wait for none of it afterwards.
      if (runner.engine === "neo4j" && statements.length > 0) await runner.run(AWAIT_INDEXES);
    },

    /** Loads a bundle (see `load` above), then has the knowledge snapshot rebuilt. */
    async load(bundle: GraphBundle, options: LoadOptions = {}): Promise<void> {
      try {
        await writeBundle(bundle, options);
      } finally {
        // Whatever the load wrote, even part-way, the snapshot is read again from the store.
        snapshots.invalidate();
      }
    },

    close: () => runner.close(),
  };
}
