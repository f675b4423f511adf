import { graphql } from "../api/gql";
import type {
  CaseDifferentialQuery,
  CaseEnteredQuery,
  CaseGraphQuery,
  CaseNoteQuery,
  LinkedSubgraphFieldsFragment,
  SafetyHeadlineFieldsFragment,
} from "../api/gql/graphql";

/** The differential and the names of the entered findings (a finding may move no candidate). */
export const DifferentialDocument = graphql(`
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
        supporting { ...ContributionFields }
        opposing { ...ContributionFields }
        raisers(first: 3) { finding { id name } likelihoodRatio origin frequency evoking }
      }
      redFlags {
        id message urgency trigger
        conditions { id name }
        findings { id name }
        evidence { ...EvidenceFields }
      }
      dontMiss {
        condition { id name }
        urgency probability rank
        reasons { kind ruleId threshold message }
        findings { finding { id name } likelihoodRatio ruleIds evidence { ...EvidenceFields } }
        ruleOut {
          text
          diagnostics { id name safety(gestationalWeek: $week) { ...SafetyFields } }
          findings { id name }
          evidence { ...EvidenceFields }
        }
      }
      nextFindings { finding { id name } expectedInformationGain separates { id name } }
      suggestedDiagnostics {
        diagnostic { id name }
        usefulness warning
        evaluates { id name }
        saferAlternatives { id name }
        safety { ...SafetyFields }
      }
      treatmentSafety {
        subject { id kind name }
        conditions { id name }
        safety { ...SafetyFields }
      }
    }
  }
`);

/**
 * The tests, drugs and measures linked to the candidates, and the full neighbourhood of the nodes
 * the reader expanded; both with safety verdicts at the week.
 */
export const CaseGraphDocument = graphql(`
  query CaseGraph($candidates: [ID!]!, $expand: [ID!]!, $hasExpand: Boolean!, $week: Int) {
    linked: neighborhood(ids: $candidates, depth: 1, kinds: [DIAGNOSTIC, DRUG, INTERVENTION]) {
      ...LinkedSubgraphFields
    }
    expanded: neighborhood(ids: $expand, depth: 1) @include(if: $hasExpand) {
      ...LinkedSubgraphFields
    }
  }
`);

/** Names of entered findings when nothing is present yet (the differential needs a present finding). */
export const EnteredDocument = graphql(`
  query CaseEntered($entered: [ID!]!) {
    entered: neighborhood(ids: $entered, kinds: [FINDING]) { nodes { id name } }
  }
`);

/** A clinician's note read against the graph's findings; never cached by the API. */
export const InterpretDocument = graphql(`
  query CaseNote($text: String!) {
    interpretCase(text: $text) {
      present { id name }
      absent { id name }
      gestationalWeek
      gestationalDays
      gestationalAge { week days error span { ...SpanFields } }
      mentions {
        finding { id name }
        phrase present qualifiers laterality
        span { ...SpanFields }
        negation { ...SpanFields }
      }
      unrecognizedWords { span { ...SpanFields } suggestions findings { id name } }
      warnings
    }
  }
`);

/** The case page's names for the shapes these queries return, all taken from the generated types. */

export interface NamedRef {
  id: string;
  name: string;
}

export type Differential = CaseDifferentialQuery["differential"];
export type Candidate = Differential["candidates"][number];
export type Contribution = Candidate["supporting"][number];
export type Raiser = Candidate["raisers"][number];
export type RedFlag = Differential["redFlags"][number];
/** An urgent or emergency condition the findings keep open, whatever its rank. */
export type DontMissEntry = Differential["dontMiss"][number];
export type NextFinding = Differential["nextFindings"][number];
export type EnteredNames = CaseEnteredQuery["entered"];

/**
 * A node of the candidates' neighbourhood, with its safety headline at the week when it has one
 * (tests, drugs and measures), flattened so lists can read `safety` on any node.
 */
export type LinkedNode = Pick<
  LinkedSubgraphFieldsFragment["nodes"][number],
  "id" | "kind" | "name" | "aliases"
> & {
  safety?: SafetyHeadlineFieldsFragment;
};
export type LinkedSubgraph = Omit<NonNullable<CaseGraphQuery["expanded"]>, "nodes"> & { nodes: LinkedNode[] };

/** What the API read in a clinician's note (`interpretCase`). */
export type CaseInterpretation = CaseNoteQuery["interpretCase"];
export type FindingMention = CaseInterpretation["mentions"][number];
/** A stretch of the note by UTF-16 offsets, as JavaScript counts string positions. */
export type TextSpan = FindingMention["span"];
export type GestationalAgeReading = NonNullable<CaseInterpretation["gestationalAge"]>;
