import type { NodeKind, SafetyLevel } from "@bpx/domain";
import { SAFETY_FIELDS } from "../api/fragments";
import type { Safety, SafetyStatement } from "../api/types";
import type { AlternativeEdge, AlternativeNode } from "./safety-check";

/** The subject, its class and its verdict at the week with every statement and the dissent. */
export const SAFETY_CHECK_QUERY = /* GraphQL */ `
  query SafetyCheck($id: ID!, $week: Int) {
    node(id: $id) {
      id kind name aliases
      ... on Drug { drugClass summary safety(gestationalWeek: $week) { ${SAFETY_FIELDS} dissent { source { id } } } }
      ... on Diagnostic { modality summary safety(gestationalWeek: $week) { ${SAFETY_FIELDS} dissent { source { id } } } }
      ... on Intervention { summary safety(gestationalWeek: $week) { ${SAFETY_FIELDS} dissent { source { id } } } }
    }
  }
`;

export interface CheckedNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  drugClass?: string | null;
  modality?: string;
  summary?: string | null;
  safety?: Safety & { dissent: Pick<SafetyStatement, "source">[] };
}

export interface SafetyCheckData {
  node: CheckedNode | null;
}

const HEADLINE = /* GraphQL */ `safety(gestationalWeek: $week) { level }`;

/**
 * Two steps out, skipping sources: the subject's classes and what it is used for, then whatever
 * else is linked to those, each with its verdict at the week (see `toSaferAlternatives`).
 */
export const ALTERNATIVES_QUERY = /* GraphQL */ `
  query SafetyAlternatives($ids: [ID!]!, $week: Int) {
    neighborhood(ids: $ids, depth: 2, kinds: [CONDITION, FINDING, DRUG, INTERVENTION, DIAGNOSTIC]) {
      truncated
      nodes {
        id kind name
        ... on Drug { ${HEADLINE} }
        ... on Diagnostic { ${HEADLINE} }
        ... on Intervention { ${HEADLINE} }
      }
      edges { type source target }
    }
  }
`;

export interface AlternativesData {
  neighborhood: {
    truncated: boolean;
    nodes: (AlternativeNode & { safety?: { level: SafetyLevel } })[];
    edges: AlternativeEdge[];
  };
}
