import type { NodeKind } from "@bpx/domain";
import { EDGE_FIELDS, NODE_FIELDS } from "./fragments";
import type { SearchHit, Subgraph } from "./types";

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int, $kinds: [NodeKind!]) {
    search(text: $text, first: $first, kinds: $kinds) {
      score
      node { id kind name aliases }
    }
  }
`;

export interface SearchVariables {
  text: string;
  first?: number;
  kinds?: NodeKind[];
}

export interface SearchData {
  search: SearchHit[];
}

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query ExplorerNeighborhood($ids: [ID!]!, $depth: Int, $week: Int) {
    neighborhood(ids: $ids, depth: $depth) {
      truncated
      nodes { ${NODE_FIELDS} }
      edges { ${EDGE_FIELDS} }
    }
  }
`;

export interface NeighborhoodVariables {
  ids: string[];
  depth?: number;
  /** Gestational week for the safety verdicts; null for the whole pregnancy. */
  week?: number | null;
}

export interface NeighborhoodData {
  neighborhood: Subgraph;
}
