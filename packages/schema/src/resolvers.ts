import { type GraphEdge, type GraphNode, type NodeKind, toSourceRank } from "@bpx/domain";
import { toEvidence } from "@bpx/graph-store";
import type { GraphContext } from "./context";
import { apiError, badInput } from "./errors";
import { resolveEvidence, toOptionalText } from "./evidence";
import { differentialResolvers } from "./resolvers-differential";
import { resolveSafety, safetyResolvers } from "./safety-resolvers";
import { checkId, checkIds, checkIntRange, LIMITS } from "./validation";

const TYPE_NAMES: Record<NodeKind, string> = {
  CONDITION: "Condition",
  FINDING: "Finding",
  DIAGNOSTIC: "Diagnostic",
  DRUG: "Drug",
  INTERVENTION: "Intervention",
  SOURCE: "Source",
};

type SafetyArgs = { gestationalWeek?: number | null };

const prop = (node: GraphNode, key: string) => node.props[key] ?? null;

export const resolvers = {
  Query: {
    ...differentialResolvers.Query,
    node: (_: unknown, args: { id: string }, ctx: GraphContext) => ctx.store.getNode(checkId(args.id, "id")),

    search: async (
      _: unknown,
      args: { text: string; kinds?: NodeKind[] | null; first?: number | null },
      ctx: GraphContext,
    ) => {
      const text = args.text.trim();
      if (text.length === 0 || text.length > LIMITS.searchTextMax) {
        throw badInput(`text must be 1 to ${LIMITS.searchTextMax} characters after trimming.`, "text");
      }
      const first = checkIntRange(args.first ?? 10, 1, LIMITS.searchFirstMax, "first");
      const hits = await ctx.store.search({ text, kinds: args.kinds ?? null, first });
      for (const hit of hits) ctx.nodes.prime(hit.node);
      return hits;
    },

    neighborhood: async (
      _: unknown,
      args: { ids: string[]; depth?: number | null; kinds?: NodeKind[] | null },
      ctx: GraphContext,
    ) => {
      const ids = checkIds(args.ids, LIMITS.neighborhoodIdsMax, "ids");
      const depth = checkIntRange(args.depth ?? 1, 1, LIMITS.neighborhoodDepthMax, "depth");
      const subgraph = await ctx.store.neighborhood({
        ids,
        depth,
        kinds: args.kinds ?? null,
        limit: LIMITS.neighborhoodNodesMax,
      });
      const found = new Set(subgraph.nodes.map((n) => n.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) {
        throw apiError("NOT_FOUND", `No node with id ${missing.map((id) => `"${id}"`).join(", ")}.`, {
          ids: missing,
        });
      }
      for (const node of subgraph.nodes) ctx.nodes.prime(node);
      return subgraph;
    },

    stats: async (_: unknown, __: unknown, ctx: GraphContext) => {
      const [kinds, relations, sources, flags, published] = await Promise.all([
        ctx.store.countByKind(),
        ctx.store.countByRelation(),
        ctx.store.countSourcesByKind(),
        ctx.store.redFlags(),
        ctx.store.paths.list({ first: 1, status: "published", includeDrafts: false }),
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
    },
  },

  Node: {
    __resolveType: (node: GraphNode) => TYPE_NAMES[node.kind],
  },

  Condition: {
    category: (n: GraphNode) => prop(n, "category"),
    urgency: (n: GraphNode) => prop(n, "urgency"),
    prevalence: (n: GraphNode) => prop(n, "prevalence"),
    prior: (n: GraphNode) => (typeof n.props.prior === "number" ? n.props.prior : null),
    priorBasis: (n: GraphNode) => toOptionalText(n.props.priorBasis),
    weekFrom: (n: GraphNode) => prop(n, "weekFrom"),
    weekTo: (n: GraphNode) => prop(n, "weekTo"),
    summary: (n: GraphNode) => prop(n, "summary"),
    evidence: (n: GraphNode, _: unknown, ctx: GraphContext) =>
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
    findingType: (n: GraphNode) => prop(n, "type"),
    summary: (n: GraphNode) => prop(n, "summary"),
  },
  Diagnostic: {
    modality: (n: GraphNode) => prop(n, "modality"),
    summary: (n: GraphNode) => prop(n, "summary"),
    safety: (n: GraphNode, args: SafetyArgs, ctx: GraphContext) => resolveSafety(n.id, args, ctx),
  },
  Drug: {
    drugClass: (n: GraphNode) => prop(n, "drugClass"),
    summary: (n: GraphNode) => prop(n, "summary"),
    safety: (n: GraphNode, args: SafetyArgs, ctx: GraphContext) => resolveSafety(n.id, args, ctx),
  },
  Intervention: {
    summary: (n: GraphNode) => prop(n, "summary"),
    safety: (n: GraphNode, args: SafetyArgs, ctx: GraphContext) => resolveSafety(n.id, args, ctx),
  },
  Source: {
    title: (n: GraphNode) => prop(n, "title") ?? n.name,
    sourceKind: (n: GraphNode) => prop(n, "sourceKind"),
    rank: (n: GraphNode) => toSourceRank(n.props.sourceKind),
    body: (n: GraphNode) => toOptionalText(n.props.body),
    document: (n: GraphNode) => toOptionalText(n.props.document),
    number: (n: GraphNode) => toOptionalText(n.props.number),
    section: (n: GraphNode) => toOptionalText(n.props.section),
    publisher: (n: GraphNode) => prop(n, "publisher"),
    date: (n: GraphNode) => prop(n, "date"),
    url: (n: GraphNode) => prop(n, "url"),
    citation: (n: GraphNode) => prop(n, "citation"),
  },

  Edge: {
    frequency: (e: GraphEdge) => e.props.frequency ?? null,
    evoking: (e: GraphEdge) => e.props.evoking ?? null,
    note: (e: GraphEdge) => e.props.note ?? null,
    evidence: (e: GraphEdge, _: unknown, ctx: GraphContext) => resolveEvidence(e.evidence, ctx),
  },
  Candidate: differentialResolvers.Candidate,
  Raiser: differentialResolvers.Raiser,
  Contribution: differentialResolvers.Contribution,
  RedFlag: differentialResolvers.RedFlag,
  DontMissEntry: differentialResolvers.DontMissEntry,
  DontMissReason: differentialResolvers.DontMissReason,
  DontMissFinding: differentialResolvers.DontMissFinding,
  RuleOut: differentialResolvers.RuleOut,
  NextFinding: differentialResolvers.NextFinding,
  SuggestedDiagnostic: differentialResolvers.SuggestedDiagnostic,
  TreatmentSafety: differentialResolvers.TreatmentSafety,
  ...safetyResolvers,
};
