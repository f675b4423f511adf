import { type GraphEdge, type GraphNode, KIND_LABELS, type NodeKind, toSourceRank } from "@bpx/domain";
import { type GraphStore, toEvidence } from "@bpx/graph-store";
import type { GraphContext } from "./context";
import { resolveEvidence, toOptionalText } from "./evidence";
import type { Resolvers } from "./generated/resolvers-types";
import { nodesNotFound } from "./node-refs";
import { resolveSafety } from "./safety-resolvers";
import { checkId, checkIds, checkIntRange, checkSearchText, LIMITS } from "./validation";

/** Each kind's GraphQL type is named as its Neo4j label (Condition, Finding, ...). */
const TYPE_NAMES = KIND_LABELS;

/**
 * A property as the SDL types it, null when absent. The loader validated every node and edge
 * against its kind's schema (graph-store's loader/schemas.ts), so a stored value has that type.
 */
const prop = <T = string>(item: GraphNode | GraphEdge, key: string) => (item.props[key] ?? null) as T | null;

/** A property the loader's schema requires of the node's kind (a non-null field of the SDL). */
const required = (node: GraphNode, key: string) => node.props[key] as string;

/** The subgraph around `ids`; NOT_FOUND naming every id the graph lacks. */
async function neighborhood(ids: string[], depth: number, kinds: NodeKind[] | null, ctx: GraphContext) {
  const subgraph = await ctx.store.neighborhood({ ids, depth, kinds, limit: LIMITS.neighborhoodNodesMax });
  const found = new Set(subgraph.nodes.map((n) => n.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw nodesNotFound(missing);
  }
  for (const node of subgraph.nodes) ctx.nodes.prime(node.id, node);
  return subgraph;
}

/** Counts of the graph by kind, relationship type and source kind, with rules and published paths. */
async function graphStats(store: GraphStore) {
  const [kinds, relations, sources, flags, published] = await Promise.all([
    store.countByKind(),
    store.countByRelation(),
    store.countSourcesByKind(),
    store.redFlags(),
    store.paths.list({ first: 1, status: "published", includeDrafts: false }),
  ]);
  const byCount = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    nodeCount: sum(kinds),
    nodesByKind: Object.keys(TYPE_NAMES).map((key) => ({ key, count: kinds[key] ?? 0 })),
    edgeCount: sum(relations),
    edgesByType: byCount(relations),
    sourcesByKind: byCount(sources),
    redFlagRules: flags.length,
    publishedTeachingPaths: published.totalCount,
  };
}

export const resolvers: Resolvers = {
  Query: {
    node: (_, args, ctx) => ctx.store.getNode(checkId(args.id, "id")),

    search: async (_, args, ctx) => {
      const text = checkSearchText(args.text);
      const first = checkIntRange(args.first ?? 10, 1, LIMITS.searchFirstMax, "first");
      const hits = await ctx.store.search({ text, kinds: args.kinds ?? null, first });
      for (const hit of hits) ctx.nodes.prime(hit.node.id, hit.node);
      return hits;
    },

    neighborhood: (_, args, ctx) => {
      const ids = checkIds(args.ids, LIMITS.neighborhoodIdsMax, "ids");
      const depth = checkIntRange(args.depth ?? 1, 1, LIMITS.neighborhoodDepthMax, "depth");
      return neighborhood(ids, depth, args.kinds ?? null, ctx);
    },

    stats: (_, __, ctx) => graphStats(ctx.store),
  },

  Node: {
    __resolveType: (node) => TYPE_NAMES[node.kind],
  },

  Condition: {
    category: (n) => required(n, "category"),
    urgency: (n) => required(n, "urgency"),
    prevalence: (n) => required(n, "prevalence"),
    prior: (n) => (typeof n.props.prior === "number" ? n.props.prior : null),
    priorBasis: (n) => toOptionalText(n.props.priorBasis),
    weekFrom: (n) => prop<number>(n, "weekFrom"),
    weekTo: (n) => prop<number>(n, "weekTo"),
    summary: (n) => prop(n, "summary"),
    evidence: (n, _, ctx) =>
      resolveEvidence(
        toEvidence(
          n.props.evidenceSources,
          n.props.evidenceQuotes,
          n.props.evidenceVerbatim,
          n.props.evidenceSections,
        ),
        ctx,
      ),
  },
  Finding: {
    findingType: (n) => required(n, "type"),
    summary: (n) => prop(n, "summary"),
  },
  Diagnostic: {
    modality: (n) => required(n, "modality"),
    summary: (n) => prop(n, "summary"),
    safety: (n, args, ctx) => resolveSafety(n.id, args, ctx),
  },
  Drug: {
    drugClass: (n) => prop(n, "drugClass"),
    summary: (n) => prop(n, "summary"),
    safety: (n, args, ctx) => resolveSafety(n.id, args, ctx),
  },
  Intervention: {
    summary: (n) => prop(n, "summary"),
    safety: (n, args, ctx) => resolveSafety(n.id, args, ctx),
  },
  Source: {
    title: (n) => prop(n, "title") ?? n.name,
    sourceKind: (n) => required(n, "sourceKind"),
    rank: (n) => toSourceRank(n.props.sourceKind),
    body: (n) => toOptionalText(n.props.body),
    document: (n) => toOptionalText(n.props.document),
    number: (n) => toOptionalText(n.props.number),
    section: (n) => toOptionalText(n.props.section),
    publisher: (n) => prop(n, "publisher"),
    date: (n) => prop(n, "date"),
    url: (n) => prop(n, "url"),
    citation: (n) => prop(n, "citation"),
  },

  Edge: {
    frequency: (e) => prop(e, "frequency"),
    evoking: (e) => prop(e, "evoking"),
    note: (e) => prop(e, "note"),
    evidence: (e, _, ctx) => resolveEvidence(e.evidence, ctx),
  },
};
