import { graphql } from "./gql";
import type { ExplorerNeighborhoodQuery } from "./gql/graphql";
import type { Subgraph } from "./types";

export const SearchDocument = graphql(`
  query ExplorerSearch($text: String!, $first: Int, $kinds: [NodeKind!]) {
    search(text: $text, first: $first, kinds: $kinds) {
      score
      node { id kind name aliases }
    }
  }
`);

/** The neighbourhood with every field the panels show; `week` (null: the whole pregnancy) sets the safety verdicts. */
export const NeighborhoodDocument = graphql(`
  query ExplorerNeighborhood($ids: [ID!]!, $depth: Int, $week: Int) {
    neighborhood(ids: $ids, depth: $depth) {
      truncated
      nodes { ...NodeFields }
      edges { ...EdgeFields }
    }
  }
`);

/**
 * The neighbourhood as the app reads it. The cast adds what the SDL cannot say and the API
 * guarantees: a node's `kind` always names its GraphQL type (see GraphNode).
 */
export function toSubgraph(neighborhood: ExplorerNeighborhoodQuery["neighborhood"]): Subgraph {
  return neighborhood as Subgraph;
}
