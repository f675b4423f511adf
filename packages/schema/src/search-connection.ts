import type { GraphNode, NodeKind } from "@bpx/domain";
import type { GraphContext } from "./context";
import { badInput } from "./errors";
import type { Resolvers, SearchFilter } from "./generated/resolvers-types";
import { resolveSafety } from "./safety-resolvers";
import { checkIntRange, checkSearchText, LIMITS } from "./validation";

/** Paged, filtered search: `search` stays as it is (a contract); this is its Relay connection. */
export const searchConnectionTypeDefs = /* GraphQL */ `
  "One search hit in a page, with its cursor."
  type SearchHitEdge {
    "Opaque; pass it as after to get the next page from here."
    cursor: String!
    "The hit."
    node: SearchHit!
  }

  "A page of search hits, best first (Relay connection)."
  type SearchHitConnection {
    "The page, in order."
    edges: [SearchHitEdge!]!
    "Where the page ends."
    pageInfo: PageInfo!
    "Hits matching the text and the filters, all pages (at most 500 are ranked)."
    totalCount: Int!
  }

  "Filters for searchConnection; all optional, combined with AND."
  input SearchFilter {
    "Only these kinds."
    kinds: [NodeKind!]
    "Only conditions of this organ system (kidney, spine, muscle, ...); other kinds are left out."
    category: String
    "Only conditions of this urgency (routine, soon, urgent, emergency); other kinds are left out."
    urgency: String
    "Only drugs, tests and measures whose safety at gestationalWeek (or over the whole pregnancy) is one of these."
    safetyLevels: [SafetyLevel!]
    "The week safetyLevels is judged at, 1 to 42."
    gestationalWeek: Int
  }

  extend type Query {
    "Nodes whose name or an alias matches the text, best first, a page at a time and filtered."
    searchConnection(
      "Case-insensitive text, 1 to 200 characters."
      text: String!
      "Filters by kind, category, urgency and safety level at a week."
      filter: SearchFilter
      "Page size, 1 to 100."
      first: Int = 10
      "The endCursor of the previous page."
      after: String
    ): SearchHitConnection!
  }
`;

/** How many hits are ranked before filtering and paging: the bound on one request's work. */
const RANKED_MAX = 500;

const encode = (offset: number) => Buffer.from(`search:${offset}`, "utf8").toString("base64url");
function decode(cursor: string): number | null {
  const match = /^search:(\d{1,4})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
}

const SAFETY_KINDS = new Set<NodeKind>(["DRUG", "DIAGNOSTIC", "INTERVENTION"]);

/**
 * One page of the hits for `text` that pass the filter (up to RANKED_MAX are ranked, then
 * filtered, then paged from `offset`), as a Relay connection.
 */
async function searchPage(text: string, f: SearchFilter, first: number, offset: number, ctx: GraphContext) {
  const hits = await ctx.store.search({ text, kinds: f.kinds ?? null, first: RANKED_MAX });
  const prop = (n: GraphNode, key: string) => n.props[key];
  const kept: typeof hits = [];
  for (const hit of hits) {
    const n = hit.node;
    if (f.category != null && (n.kind !== "CONDITION" || prop(n, "category") !== f.category)) continue;
    if (f.urgency != null && (n.kind !== "CONDITION" || prop(n, "urgency") !== f.urgency)) continue;
    if (f.safetyLevels != null) {
      if (!SAFETY_KINDS.has(n.kind)) continue;
      const safety = await resolveSafety(n.id, { gestationalWeek: f.gestationalWeek ?? null }, ctx);
      if (!f.safetyLevels.includes(safety.level)) continue;
    }
    kept.push(hit);
  }
  const page = kept.slice(offset, offset + first);
  for (const hit of page) ctx.nodes.prime(hit.node.id, hit.node);
  const edges = page.map((node, i) => ({ cursor: encode(offset + i + 1), node }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + first < kept.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: kept.length,
  };
}

export const searchConnectionResolvers: Resolvers = {
  Query: {
    searchConnection: (_, args, ctx) => {
      const text = checkSearchText(args.text);
      const first = checkIntRange(args.first ?? 10, 1, LIMITS.searchFirstMax, "first");
      const offset = args.after ? decode(args.after) : 0;
      if (offset === null) throw badInput("after is not a cursor this API issued.", "after");
      const filter = args.filter ?? {};
      if (filter.gestationalWeek != null)
        checkIntRange(filter.gestationalWeek, 1, 42, "filter.gestationalWeek");
      return searchPage(text, filter, first, offset, ctx);
    },
  },
};
