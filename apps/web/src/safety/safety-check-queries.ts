import { graphql } from "../api/gql";
import type { SafetyAlternativesQuery, SafetyCheckQuery } from "../api/gql/graphql";

/** The subject, its class and its verdict at the week with every statement and the dissent. */
export const SafetyCheckDocument = graphql(`
  query SafetyCheck($id: ID!, $week: Int) {
    node(id: $id) {
      id kind name aliases
      ... on Drug { drugClass summary safety(gestationalWeek: $week) { ...SafetyFields dissent { source { id } } } }
      ... on Diagnostic { modality summary safety(gestationalWeek: $week) { ...SafetyFields dissent { source { id } } } }
      ... on Intervention { summary safety(gestationalWeek: $week) { ...SafetyFields dissent { source { id } } } }
    }
  }
`);

/**
 * Two steps out, skipping sources: the subject's classes and what it is used for, then whatever
 * else is linked to those, each with its verdict at the week (see `toSaferAlternatives`).
 */
export const AlternativesDocument = graphql(`
  query SafetyAlternatives($ids: [ID!]!, $week: Int) {
    neighborhood(ids: $ids, depth: 2, kinds: [CONDITION, FINDING, DRUG, INTERVENTION, DIAGNOSTIC]) {
      truncated
      nodes {
        id kind name
        ... on Drug { safety(gestationalWeek: $week) { level } }
        ... on Diagnostic { safety(gestationalWeek: $week) { level } }
        ... on Intervention { safety(gestationalWeek: $week) { level } }
      }
      edges { type source target }
    }
  }
`);

type CheckedMember = NonNullable<SafetyCheckQuery["node"]>;
type Rated = Extract<CheckedMember, { safety: unknown }>;

/**
 * The subject as the card reads it: every kind's fields in one shape, absent where its kind has
 * none (a condition has no safety, only drugs a class).
 */
export type CheckedNode = Pick<CheckedMember, "id" | "kind" | "name" | "aliases"> &
  Partial<Pick<Extract<CheckedMember, { drugClass: unknown }>, "drugClass">> &
  Partial<Pick<Extract<CheckedMember, { modality: unknown }>, "modality">> &
  Partial<Pick<Rated, "summary" | "safety">>;

export type AlternativesData = SafetyAlternativesQuery;
