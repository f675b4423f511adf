import {
  EDGE_FIELDS,
  EVIDENCE_FIELDS,
  SAFETY_FIELDS,
  SAFETY_HEADLINE_FIELDS,
  SOURCE_FIELDS,
} from "../api/fragments";
import type { CaseInterpretation, Differential, LinkedSubgraph, NamedRef } from "./case-types";

const CONTRIBUTION_FIELDS = /* GraphQL */ `
  finding { id name }
  present weight likelihoodRatio linkLikelihoodRatio discount origin clamped frequency evoking
  statsSource { ${SOURCE_FIELDS} }
  evidence { ${EVIDENCE_FIELDS} }
`;

/** The differential and the names of the entered findings (a finding may move no candidate). */
export const DIFFERENTIAL_QUERY = /* GraphQL */ `
  query CaseDifferential($input: DifferentialInput!, $entered: [ID!]!, $week: Int) {
    entered: neighborhood(ids: $entered, kinds: [FINDING]) { nodes { id name } }
    differential(input: $input) {
      gestationalWeek
      trimester
      otherProbability
      omittedProbability
      candidates {
        rank probability prior urgency inWindow capped
        condition { id name aliases category summary priorBasis }
        supporting { ${CONTRIBUTION_FIELDS} }
        opposing { ${CONTRIBUTION_FIELDS} }
        raisers(first: 3) { finding { id name } likelihoodRatio origin frequency evoking }
      }
      redFlags {
        id message urgency trigger
        conditions { id name }
        findings { id name }
        evidence { ${EVIDENCE_FIELDS} }
      }
      dontMiss {
        condition { id name }
        urgency probability rank
        reasons { kind ruleId threshold message }
        findings { finding { id name } likelihoodRatio ruleIds evidence { ${EVIDENCE_FIELDS} } }
        ruleOut {
          text
          diagnostics { id name safety(gestationalWeek: $week) { ${SAFETY_FIELDS} } }
          findings { id name }
          evidence { ${EVIDENCE_FIELDS} }
        }
      }
      nextFindings { finding { id name } expectedInformationGain separates { id name } }
      suggestedDiagnostics {
        diagnostic { id name }
        usefulness warning
        evaluates { id name }
        saferAlternatives { id name }
        safety { ${SAFETY_FIELDS} }
      }
      treatmentSafety {
        subject { id kind name }
        conditions { id name }
        safety { ${SAFETY_FIELDS} }
      }
    }
  }
`;

export interface DifferentialVariables {
  input: { present: string[]; absent: string[]; gestationalWeek: number | null };
  entered: string[];
  /** The same week as the input's, for the safety of the tests that would rule a condition out. */
  week: number | null;
}

export interface DifferentialData {
  entered: { nodes: NamedRef[] };
  differential: Differential;
}

const LINKED_NODE_FIELDS = /* GraphQL */ `
  id kind name aliases
  ... on Diagnostic { safety(gestationalWeek: $week) { ${SAFETY_HEADLINE_FIELDS} } }
  ... on Drug { safety(gestationalWeek: $week) { ${SAFETY_HEADLINE_FIELDS} } }
  ... on Intervention { safety(gestationalWeek: $week) { ${SAFETY_HEADLINE_FIELDS} } }
`;

/**
 * The tests, drugs and measures linked to the candidates, and the full neighbourhood of the nodes
 * the reader expanded; both with safety verdicts at the week.
 */
export const CASE_GRAPH_QUERY = /* GraphQL */ `
  query CaseGraph($candidates: [ID!]!, $expand: [ID!]!, $hasExpand: Boolean!, $week: Int) {
    linked: neighborhood(ids: $candidates, depth: 1, kinds: [DIAGNOSTIC, DRUG, INTERVENTION]) {
      truncated
      nodes { ${LINKED_NODE_FIELDS} }
      edges { ${EDGE_FIELDS} }
    }
    expanded: neighborhood(ids: $expand, depth: 1) @include(if: $hasExpand) {
      truncated
      nodes { ${LINKED_NODE_FIELDS} }
      edges { ${EDGE_FIELDS} }
    }
  }
`;

export interface CaseGraphVariables {
  candidates: string[];
  expand: string[];
  hasExpand: boolean;
  week: number | null;
}

export interface CaseGraphData {
  linked: LinkedSubgraph;
  expanded?: LinkedSubgraph | null;
}

/** Names of entered findings when nothing is present yet (the differential needs a present finding). */
export const ENTERED_QUERY = /* GraphQL */ `
  query CaseEntered($entered: [ID!]!) {
    entered: neighborhood(ids: $entered, kinds: [FINDING]) { nodes { id name } }
  }
`;

export interface EnteredData {
  entered: { nodes: NamedRef[] };
}

const SPAN_FIELDS = "start end text";

/** A clinician's note read against the graph's findings; never cached by the API. */
export const INTERPRET_QUERY = /* GraphQL */ `
  query CaseNote($text: String!) {
    interpretCase(text: $text) {
      present { id name }
      absent { id name }
      gestationalWeek
      gestationalDays
      gestationalAge { week days error span { ${SPAN_FIELDS} } }
      mentions {
        finding { id name }
        phrase present qualifiers laterality
        span { ${SPAN_FIELDS} }
        negation { ${SPAN_FIELDS} }
      }
      unrecognizedWords { span { ${SPAN_FIELDS} } suggestions findings { id name } }
      warnings
    }
  }
`;

export interface InterpretData {
  interpretCase: CaseInterpretation;
}
