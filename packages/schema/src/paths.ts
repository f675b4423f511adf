import type { GraphEdge, GraphNode, NodeKind } from "@bpx/domain";
import type { GraphContext } from "./context";
import { badInput } from "./errors";
import type { Resolvers } from "./generated/resolvers-types";
import { nodesNotFound } from "./node-refs";
import { checkId, checkIntRange, LIMITS } from "./validation";

/** Shortest explanatory paths between two entities. */
export const pathsTypeDefs = /* GraphQL */ `
  "A chain of relationships from one node to another, read in either direction."
  type ExplanatoryPath {
    "The nodes in order, from first to last."
    nodes: [Node!]!
    "The relationships between consecutive nodes, each with its evidence; an edge may point either way."
    edges: [Edge!]!
    "How many relationships the path has."
    length: Int!
  }

  "The shortest paths between two nodes, up to maxLength relationships."
  type ExplanatoryPaths {
    "The length of the shortest paths, or null when none is within maxLength."
    length: Int
    "The shortest paths, ordered by their edge ids (at most first)."
    paths: [ExplanatoryPath!]!
    "True when the node limit or first cut the search short, so more paths may exist."
    truncated: Boolean!
  }

  extend type Query {
    "The shortest explanatory paths between two entities (a finding and a condition, a drug and a condition, ...). Sources are never passed through."
    paths(
      "Id of the node the paths start at."
      from: ID!
      "Id of the node the paths end at (not from)."
      to: ID!
      "Most relationships in a path, 1 to 4."
      maxLength: Int = 3
      "Most paths returned, 1 to 20."
      first: Int = 5
    ): ExplanatoryPaths!
  }
`;

const WALKABLE: NodeKind[] = ["CONDITION", "FINDING", "DIAGNOSTIC", "DRUG", "INTERVENTION"];
const PATHS_FIRST_MAX = 20;

/**
 * All shortest paths from `from` to `to` over `edges` taken as undirected, at most `maxLength`
 * long and at most `first` of them, in a stable order (by edge ids). Pure, so it is unit-tested.
 */
export function shortestPaths(
  edges: readonly GraphEdge[],
  from: string,
  to: string,
  maxLength: number,
  first: number,
): { length: number | null; paths: GraphEdge[][]; cut: boolean } {
  const adjacent = new Map<string, { edge: GraphEdge; other: string }[]>();
  const link = (a: string, edge: GraphEdge, b: string) => {
    const list = adjacent.get(a) ?? [];
    list.push({ edge, other: b });
    adjacent.set(a, list);
  };
  for (const edge of [...edges].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    link(edge.source, edge, edge.target);
    link(edge.target, edge, edge.source);
  }
  const dist = new Map([[from, 0]]);
  const into = new Map<string, { edge: GraphEdge; prev: string }[]>();
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length > 0 && !dist.has(to); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { edge, other } of adjacent.get(node) ?? []) {
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
        if (dist.get(other) === d) into.set(other, [...(into.get(other) ?? []), { edge, prev: node }]);
      }
    }
    frontier = next;
  }
  const length = dist.get(to);
  if (length === undefined) return { length: null, paths: [], cut: false };
  const paths: GraphEdge[][] = [];
  let cut = false;
  const walk = (node: string, suffix: GraphEdge[]) => {
    if (node === from) {
      if (paths.length < first) paths.push(suffix);
      else cut = true;
      return;
    }
    for (const { edge, prev } of into.get(node) ?? []) {
      if (cut) return;
      walk(prev, [edge, ...suffix]);
    }
  };
  walk(to, []);
  return { length, paths, cut };
}

/**
 * The shortest paths from `from` to `to` over the walkable kinds (sources are never passed
 * through), read as two neighbourhoods that meet in the middle; NOT_FOUND for an unknown end.
 */
async function explanatoryPaths(
  from: string,
  to: string,
  maxLength: number,
  first: number,
  ctx: GraphContext,
) {
  // Meet in the middle: every node of a path is within half its length of one end.
  const around = (id: string, depth: number) =>
    ctx.store.neighborhood({ ids: [id], depth, kinds: WALKABLE, limit: LIMITS.neighborhoodNodesMax });
  const [a, b] = await Promise.all([
    around(from, Math.ceil(maxLength / 2)),
    around(to, Math.floor(maxLength / 2)),
  ]);
  const missing = [from, to].filter((id) => ![...a.nodes, ...b.nodes].some((n) => n.id === id));
  if (missing.length > 0) {
    throw nodesNotFound(missing);
  }
  const nodes = new Map<string, GraphNode>([...a.nodes, ...b.nodes].map((n) => [n.id, n]));
  const walkable = (id: string) => nodes.get(id)?.kind !== "SOURCE" && nodes.has(id);
  const edges = new Map(
    [...a.edges, ...b.edges].filter((e) => walkable(e.source) && walkable(e.target)).map((e) => [e.id, e]),
  );
  const found = shortestPaths([...edges.values()], from, to, maxLength, first);
  for (const node of nodes.values()) ctx.nodes.prime(node.id, node);
  return {
    length: found.length,
    truncated: found.cut || a.truncated || b.truncated,
    paths: found.paths.map((path) => {
      const ids = [from];
      for (const edge of path) ids.push(edge.source === ids.at(-1) ? edge.target : edge.source);
      // Every id is in `nodes`: an edge is walkable only between nodes read.
      const pathNodes = ids.map((id) => nodes.get(id)).filter((n) => n !== undefined);
      return { nodes: pathNodes, edges: path, length: path.length };
    }),
  };
}

export const pathsResolvers: Resolvers = {
  Query: {
    paths: (_, args, ctx) => {
      const from = checkId(args.from, "from");
      const to = checkId(args.to, "to");
      if (from === to) throw badInput("from and to must be different nodes.", "to");
      const maxLength = checkIntRange(args.maxLength ?? 3, 1, LIMITS.pathsMaxLengthMax, "maxLength");
      const first = checkIntRange(args.first ?? 5, 1, PATHS_FIRST_MAX, "first");
      return explanatoryPaths(from, to, maxLength, first, ctx);
    },
  },
};
