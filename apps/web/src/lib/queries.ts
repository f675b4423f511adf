import type { NodeKind } from "@bpx/domain";
import type { SearchHit, Subgraph } from "./types";

const EVIDENCE_FIELDS = /* GraphQL */ `
  quote
  source { id name title sourceKind }
`;

const NODE_FIELDS = /* GraphQL */ `
  id
  kind
  name
  aliases
  ... on Condition {
    category urgency prevalence weekFrom weekTo summary
    evidence { ${EVIDENCE_FIELDS} }
  }
  ... on Finding { findingType summary }
  ... on Diagnostic { modality summary }
  ... on Drug { drugClass summary }
  ... on Intervention { summary }
  ... on Source { title sourceKind publisher date url citation }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) {
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
  query ExplorerNeighborhood($ids: [ID!]!, $depth: Int) {
    neighborhood(ids: $ids, depth: $depth) {
      truncated
      nodes { ${NODE_FIELDS} }
      edges {
        id type source target frequency evoking note
        evidence { ${EVIDENCE_FIELDS} }
      }
    }
  }
`;

export interface NeighborhoodVariables {
  ids: string[];
  depth?: number;
}

export interface NeighborhoodData {
  neighborhood: Subgraph;
}
