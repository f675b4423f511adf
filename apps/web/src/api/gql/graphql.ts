/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new teaching path. */
export type CreateTeachingPathInput = {
  /** Who it is for. */
  audience?: string | null | undefined;
  /** At most 200. */
  steps?: Array<TeachingStepInput> | null | undefined;
  /** What the path teaches. */
  summary?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** Findings entered for a differential. */
export type DifferentialInput = {
  /** Ids of findings known to be absent (pertinent negatives). */
  absent?: Array<string | number> | null | undefined;
  /** Gestational week, 1 to 42. */
  gestationalWeek?: number | null | undefined;
  /** Ids of findings present (at most 100 present and absent together). */
  present: Array<string | number>;
};

/** What keeps a condition in the don't-miss lane. */
export type DontMissReasonKind =
  /** A red-flag rule that fired on the entered findings names it (and the week, if given, is inside the condition's window). */
  | 'RULE'
  /** A present finding supports it and its probability reached the lane's threshold for its urgency. */
  | 'THRESHOLD';

/** Whether a piece of evidence is the source's own words or a summary of a source the graph holds no text of. */
export type EvidenceText =
  /** The source's own words, checked word for word against its text. */
  | 'QUOTE'
  /** A one-line summary of the source, to be shown with its citation and never as a quote. */
  | 'SUMMARY';

/** The side a finding was written with. */
export type Laterality =
  /** Both sides. */
  | 'BILATERAL'
  /** Left. */
  | 'LEFT'
  /** Right. */
  | 'RIGHT';

/** Where a likelihood ratio comes from. */
export type LikelihoodOrigin =
  /** No link: the leak probability (0.1) against the reference rate (0.2), a small 0.5, never strong evidence against. */
  | 'LEAK'
  /** One figure from a study, the other from the scales. */
  | 'MIXED'
  /** The link's frequency and evoking words, through the engine's scales. */
  | 'SCALE'
  /** The link's sensitivity and specificity, from the study it names (statsSource). */
  | 'STUDY';

/** The kinds of entity in the knowledge graph. */
export type NodeKind =
  /** A cause of back pain in pregnancy (pyelonephritis, osteochondrosis, ...). */
  | 'CONDITION'
  /** A test or examination. */
  | 'DIAGNOSTIC'
  /** A drug substance or class; brand names are aliases. */
  | 'DRUG'
  /** A symptom, sign, laboratory or imaging result, history item or pain characteristic. */
  | 'FINDING'
  /** A non-drug measure (posture, exercise, heat packs, ...). */
  | 'INTERVENTION'
  /** A document the graph cites. */
  | 'SOURCE';

/**
 * How safe something is in pregnancy at a week. Stated levels, least to most restrictive: ALLOWED,
 * CAUTION, AVOID, CONTRAINDICATED. CONFLICTING and UNKNOWN are verdicts, never stated by a source.
 */
export type SafetyLevel =
  /** Allowed by the source (usable). */
  | 'ALLOWED'
  /** To be avoided unless no alternative (not usable). */
  | 'AVOID'
  /** Allowed with care: a doctor's supervision, a dose limit, a route, a duration (usable). */
  | 'CAUTION'
  /** The highest-ranking sources that speak to the week split between usable (ALLOWED, CAUTION) and not usable (AVOID, CONTRAINDICATED): read the statements. */
  | 'CONFLICTING'
  /** Must not be used (not usable). */
  | 'CONTRAINDICATED'
  /** No source in the graph speaks to it at that week. */
  | 'UNKNOWN';

/** A differential case saved in a step. */
export type TeachingCaseInput = {
  /** Finding ids absent. */
  absent?: Array<string | number> | null | undefined;
  /** Gestational week, 1 to 42. */
  gestationalWeek?: number | null | undefined;
  /** Finding ids present (at least one; at most 100 present and absent together). */
  present: Array<string | number>;
};

/** Fields to change; those left out keep their value. steps replaces the whole ordered list (add, remove, reorder and edit in one change). */
export type TeachingPathPatch = {
  /** Who it is for. */
  audience?: string | null | undefined;
  /** The whole new ordered list of steps. */
  steps?: Array<TeachingStepInput> | null | undefined;
  /** What the path teaches. */
  summary?: string | null | undefined;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Whether a teaching path is visible to everyone. */
export type TeachingPathStatus =
  /** Visible to educators and admins only. */
  | 'DRAFT'
  /** Visible to everyone. */
  | 'PUBLISHED';

/** A step as written. Give exactly one of nodeId and edgeId. */
export type TeachingStepInput = {
  /** Markdown, at most 20,000 characters (may be empty in a draft). */
  annotation?: string;
  /** Needs a question. */
  answer?: string | null | undefined;
  /** A case to run the differential on at this step. */
  case?: TeachingCaseInput | null | undefined;
  /** The id of a relationship, TYPE:from->to. */
  edgeId?: string | number | null | undefined;
  /** An existing step's id, to keep it when editing; leave out for a new step. */
  id?: string | number | null | undefined;
  /** The id of a node of the graph. */
  nodeId?: string | number | null | undefined;
  /** A question for the learner, at most 2,000 characters. */
  question?: string | null | undefined;
};

/** Who the API takes the caller to be, from the Authorization: Bearer token (none: ANONYMOUS). */
export type ViewerRole =
  /** Everything an educator can do. */
  | 'ADMIN'
  /** No token: reads published paths. */
  | 'ANONYMOUS'
  /** Creates, edits and publishes teaching paths; sees drafts. */
  | 'EDUCATOR'
  /** A reader token: the same rights as anonymous, but named. */
  | 'READER';

export type SourceFieldsFragment = { id: string, title: string, sourceKind: string, citation: string | null };

export type EvidenceFieldsFragment = { quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } };

export type SafetyFieldsFragment = { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> };

export type SafetyHeadlineFieldsFragment = { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null };

type NodeFields_Condition_Fragment = { __typename: 'Condition', category: string, urgency: string, prevalence: string, weekFrom: number | null, weekTo: number | null, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> };

type NodeFields_Diagnostic_Fragment = { __typename: 'Diagnostic', modality: string, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } };

type NodeFields_Drug_Fragment = { __typename: 'Drug', drugClass: string | null, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } };

type NodeFields_Finding_Fragment = { __typename: 'Finding', findingType: string, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string> };

type NodeFields_Intervention_Fragment = { __typename: 'Intervention', summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } };

type NodeFields_Source_Fragment = { __typename: 'Source', title: string, sourceKind: string, publisher: string | null, date: string | null, url: string | null, citation: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string> };

export type NodeFieldsFragment =
  | NodeFields_Condition_Fragment
  | NodeFields_Diagnostic_Fragment
  | NodeFields_Drug_Fragment
  | NodeFields_Finding_Fragment
  | NodeFields_Intervention_Fragment
  | NodeFields_Source_Fragment
;

export type EdgeFieldsFragment = { id: string, type: string, source: string, target: string, frequency: string | null, evoking: string | null, note: string | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> };

type NodeName_Condition_Fragment = { id: string, name: string };

type NodeName_Diagnostic_Fragment = { id: string, name: string };

type NodeName_Drug_Fragment = { id: string, name: string };

type NodeName_Finding_Fragment = { id: string, name: string };

type NodeName_Intervention_Fragment = { id: string, name: string };

type NodeName_Source_Fragment = { id: string, name: string };

export type NodeNameFragment =
  | NodeName_Condition_Fragment
  | NodeName_Diagnostic_Fragment
  | NodeName_Drug_Fragment
  | NodeName_Finding_Fragment
  | NodeName_Intervention_Fragment
  | NodeName_Source_Fragment
;

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, node:
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
     }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  week?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Condition', category: string, urgency: string, prevalence: string, weekFrom: number | null, weekTo: number | null, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }
      | { __typename: 'Diagnostic', modality: string, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }
      | { __typename: 'Drug', drugClass: string | null, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }
      | { __typename: 'Finding', findingType: string, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { __typename: 'Intervention', summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }
      | { __typename: 'Source', title: string, sourceKind: string, publisher: string | null, date: string | null, url: string | null, citation: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string> }
    >, edges: Array<{ id: string, type: string, source: string, target: string, frequency: string | null, evoking: string | null, note: string | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }> } };

export type ContributionFieldsFragment = { present: boolean, weight: number, likelihoodRatio: number, linkLikelihoodRatio: number, discount: number, origin: LikelihoodOrigin, clamped: boolean, frequency: string | null, evoking: string | null, finding: { id: string, name: string }, statsSource: { id: string, title: string, sourceKind: string, citation: string | null } | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> };

export type LinkedSubgraphFieldsFragment = { truncated: boolean, nodes: Array<
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
  >, edges: Array<{ id: string, type: string, source: string, target: string, frequency: string | null, evoking: string | null, note: string | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }> };

export type SpanFieldsFragment = { start: number, end: number, text: string };

export type CaseDifferentialQueryVariables = Exact<{
  input: DifferentialInput;
  entered: Array<string | number> | string | number;
  week?: number | null | undefined;
}>;


export type CaseDifferentialQuery = { entered: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }, differential: { gestationalWeek: number | null, trimester: number | null, otherProbability: number, omittedProbability: number, candidates: Array<{ rank: number, probability: number, prior: number, urgency: string, inWindow: boolean, capped: boolean, condition: { id: string, name: string, aliases: Array<string>, category: string, summary: string | null, priorBasis: string | null }, supporting: Array<{ present: boolean, weight: number, likelihoodRatio: number, linkLikelihoodRatio: number, discount: number, origin: LikelihoodOrigin, clamped: boolean, frequency: string | null, evoking: string | null, finding: { id: string, name: string }, statsSource: { id: string, title: string, sourceKind: string, citation: string | null } | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }>, opposing: Array<{ present: boolean, weight: number, likelihoodRatio: number, linkLikelihoodRatio: number, discount: number, origin: LikelihoodOrigin, clamped: boolean, frequency: string | null, evoking: string | null, finding: { id: string, name: string }, statsSource: { id: string, title: string, sourceKind: string, citation: string | null } | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }>, raisers: Array<{ likelihoodRatio: number, origin: LikelihoodOrigin, frequency: string, evoking: string | null, finding: { id: string, name: string } }> }>, redFlags: Array<{ id: string, message: string, urgency: string, trigger: string, conditions: Array<{ id: string, name: string }>, findings: Array<{ id: string, name: string }>, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }>, dontMiss: Array<{ urgency: string, probability: number, rank: number | null, condition: { id: string, name: string }, reasons: Array<{ kind: DontMissReasonKind, ruleId: string | null, threshold: number | null, message: string }>, findings: Array<{ likelihoodRatio: number | null, ruleIds: Array<string>, finding: { id: string, name: string }, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }>, ruleOut: { text: string, diagnostics: Array<{ id: string, name: string, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }>, findings: Array<{ id: string, name: string }>, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> } | null }>, nextFindings: Array<{ expectedInformationGain: number, finding: { id: string, name: string }, separates: Array<{ id: string, name: string }> }>, suggestedDiagnostics: Array<{ usefulness: number, warning: string | null, diagnostic: { id: string, name: string }, evaluates: Array<{ id: string, name: string }>, saferAlternatives: Array<{ id: string, name: string }>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }>, treatmentSafety: Array<{ subject:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      , conditions: Array<{ id: string, name: string }>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }> } };

export type CaseGraphQueryVariables = Exact<{
  candidates: Array<string | number> | string | number;
  expand: Array<string | number> | string | number;
  hasExpand: boolean;
  week?: number | null | undefined;
}>;


export type CaseGraphQuery = { linked: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    >, edges: Array<{ id: string, type: string, source: string, target: string, frequency: string | null, evoking: string | null, note: string | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }> }, expanded?: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null } }
      | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    >, edges: Array<{ id: string, type: string, source: string, target: string, frequency: string | null, evoking: string | null, note: string | null, evidence: Array<{ quote: string, verbatim: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null } }> }> } };

export type CaseEnteredQueryVariables = Exact<{
  entered: Array<string | number> | string | number;
}>;


export type CaseEnteredQuery = { entered: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type CaseNoteQueryVariables = Exact<{
  text: string;
}>;


export type CaseNoteQuery = { interpretCase: { gestationalWeek: number | null, gestationalDays: number | null, warnings: Array<string>, present: Array<{ id: string, name: string }>, absent: Array<{ id: string, name: string }>, gestationalAge: { week: number | null, days: number | null, error: string | null, span: { start: number, end: number, text: string } } | null, mentions: Array<{ phrase: string, present: boolean, qualifiers: Array<string>, laterality: Laterality | null, finding: { id: string, name: string }, span: { start: number, end: number, text: string }, negation: { start: number, end: number, text: string } | null }>, unrecognizedWords: Array<{ suggestions: Array<string>, span: { start: number, end: number, text: string }, findings: Array<{ id: string, name: string }> }> } };

export type NodePageQueryVariables = Exact<{
  id: string | number;
}>;


export type NodePageQuery = { node:
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
   | null };

export type TeachingPathAuditQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TeachingPathAuditQuery = { teachingPathAudit: Array<{ id: string, action: string, actorId: string, actorName: string, pathId: string, pathTitle: string, version: number, at: string }> };

export type ViewerFieldsFragment = { role: ViewerRole, name: string, canEditTeachingPaths: boolean };

export type PathSummaryFieldsFragment = { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean };

export type PathFieldsFragment = { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean, steps: Array<{ id: string, position: number, nodeId: string | null, edgeId: string | null, annotation: string, question: string | null, answer: string | null, node:
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
     | null, edge: { id: string, type: string, source: string, target: string } | null, case: { present: Array<string>, absent: Array<string>, gestationalWeek: number | null, presentFindings: Array<{ id: string, name: string }>, absentFindings: Array<{ id: string, name: string }> } | null }> };

export type PathsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PathsViewerQuery = { viewer: { role: ViewerRole, name: string, canEditTeachingPaths: boolean } };

export type TeachingPathListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: TeachingPathStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type TeachingPathListQuery = { teachingPaths: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean } }> } };

export type TeachingPathQueryVariables = Exact<{
  id: string | number;
}>;


export type TeachingPathQuery = { teachingPath: { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean, steps: Array<{ id: string, position: number, nodeId: string | null, edgeId: string | null, annotation: string, question: string | null, answer: string | null, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       | null, edge: { id: string, type: string, source: string, target: string } | null, case: { present: Array<string>, absent: Array<string>, gestationalWeek: number | null, presentFindings: Array<{ id: string, name: string }>, absentFindings: Array<{ id: string, name: string }> } | null }> } | null };

export type PathNeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PathNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
    >, edges: Array<{ id: string, type: string, source: string, target: string, frequency: string | null }> } };

export type CreateTeachingPathMutationVariables = Exact<{
  input: CreateTeachingPathInput;
}>;


export type CreateTeachingPathMutation = { createTeachingPath: { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean, steps: Array<{ id: string, position: number, nodeId: string | null, edgeId: string | null, annotation: string, question: string | null, answer: string | null, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       | null, edge: { id: string, type: string, source: string, target: string } | null, case: { present: Array<string>, absent: Array<string>, gestationalWeek: number | null, presentFindings: Array<{ id: string, name: string }>, absentFindings: Array<{ id: string, name: string }> } | null }> } };

export type UpdateTeachingPathMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: TeachingPathPatch;
}>;


export type UpdateTeachingPathMutation = { updateTeachingPath: { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean, steps: Array<{ id: string, position: number, nodeId: string | null, edgeId: string | null, annotation: string, question: string | null, answer: string | null, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       | null, edge: { id: string, type: string, source: string, target: string } | null, case: { present: Array<string>, absent: Array<string>, gestationalWeek: number | null, presentFindings: Array<{ id: string, name: string }>, absentFindings: Array<{ id: string, name: string }> } | null }> } };

export type PublishTeachingPathMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type PublishTeachingPathMutation = { publishTeachingPath: { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean, steps: Array<{ id: string, position: number, nodeId: string | null, edgeId: string | null, annotation: string, question: string | null, answer: string | null, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       | null, edge: { id: string, type: string, source: string, target: string } | null, case: { present: Array<string>, absent: Array<string>, gestationalWeek: number | null, presentFindings: Array<{ id: string, name: string }>, absentFindings: Array<{ id: string, name: string }> } | null }> } };

export type UnpublishTeachingPathMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type UnpublishTeachingPathMutation = { unpublishTeachingPath: { id: string, title: string, summary: string, audience: string, author: string, status: TeachingPathStatus, version: number, updatedAt: string, publishedAt: string | null, stepCount: number, canEdit: boolean, steps: Array<{ id: string, position: number, nodeId: string | null, edgeId: string | null, annotation: string, question: string | null, answer: string | null, node:
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
       | null, edge: { id: string, type: string, source: string, target: string } | null, case: { present: Array<string>, absent: Array<string>, gestationalWeek: number | null, presentFindings: Array<{ id: string, name: string }>, absentFindings: Array<{ id: string, name: string }> } | null }> } };

export type DuplicateTeachingPathMutationVariables = Exact<{
  id: string | number;
}>;


export type DuplicateTeachingPathMutation = { duplicateTeachingPath: { id: string, title: string } };

export type DeleteTeachingPathMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeleteTeachingPathMutation = { deleteTeachingPath: string };

export type ExportTeachingPathQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportTeachingPathQuery = { exportTeachingPath: string };

export type ImportTeachingPathMutationVariables = Exact<{
  document: string;
}>;


export type ImportTeachingPathMutation = { importTeachingPath: { id: string, title: string } };

export type SafetyCheckQueryVariables = Exact<{
  id: string | number;
  week?: number | null | undefined;
}>;


export type SafetyCheckQuery = { node:
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { modality: string, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, dissent: Array<{ source: { id: string } }>, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }
    | { drugClass: string | null, summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, dissent: Array<{ source: { id: string } }>, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
    | { summary: string | null, id: string, kind: NodeKind, name: string, aliases: Array<string>, safety: { level: SafetyLevel, conflict: boolean, headlineRank: number | null, gestationalWeek: number | null, dissent: Array<{ source: { id: string } }>, statements: Array<{ level: SafetyLevel, weekFrom: number, weekTo: number, note: string | null, quote: string, verbatim: boolean, textKind: EvidenceText, rank: number, body: string | null, document: string | null, number: string | null, date: string | null, section: string | null, counted: boolean, dissents: boolean, source: { id: string, title: string, sourceKind: string, citation: string | null }, viaClass: { id: string, name: string } | null }> } }
    | { id: string, kind: NodeKind, name: string, aliases: Array<string> }
   | null };

export type SafetyAlternativesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  week?: number | null | undefined;
}>;


export type SafetyAlternativesQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string, safety: { level: SafetyLevel } }
      | { id: string, kind: NodeKind, name: string, safety: { level: SafetyLevel } }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string, safety: { level: SafetyLevel } }
      | { id: string, kind: NodeKind, name: string }
    >, edges: Array<{ type: string, source: string, target: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}`, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const SafetyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SafetyFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
  statements {
    level
    weekFrom
    weekTo
    note
    quote
    verbatim
    textKind
    rank
    body
    document
    number
    date
    section
    counted
    dissents
    source {
      ...SourceFields
    }
    viaClass {
      id
      name
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}`, {"fragmentName":"SafetyFields"}) as unknown as TypedDocumentString<SafetyFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Node {
  __typename
  id
  kind
  name
  aliases
  ... on Condition {
    category
    urgency
    prevalence
    weekFrom
    weekTo
    summary
    evidence {
      ...EvidenceFields
    }
  }
  ... on Finding {
    findingType
    summary
  }
  ... on Diagnostic {
    modality
    summary
    safety(gestationalWeek: $week) {
      ...SafetyFields
    }
  }
  ... on Drug {
    drugClass
    summary
    safety(gestationalWeek: $week) {
      ...SafetyFields
    }
  }
  ... on Intervention {
    summary
    safety(gestationalWeek: $week) {
      ...SafetyFields
    }
  }
  ... on Source {
    title
    sourceKind
    publisher
    date
    url
    citation
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}
fragment SafetyFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
  statements {
    level
    weekFrom
    weekTo
    note
    quote
    verbatim
    textKind
    rank
    body
    document
    number
    date
    section
    counted
    dissents
    source {
      ...SourceFields
    }
    viaClass {
      id
      name
    }
  }
}`, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const NodeNameFragmentDoc = new TypedDocumentString(`
    fragment NodeName on Node {
  id
  name
}
    `, {"fragmentName":"NodeName"}) as unknown as TypedDocumentString<NodeNameFragment, unknown>;
export const ContributionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContributionFields on Contribution {
  finding {
    id
    name
  }
  present
  weight
  likelihoodRatio
  linkLikelihoodRatio
  discount
  origin
  clamped
  frequency
  evoking
  statsSource {
    ...SourceFields
  }
  evidence {
    ...EvidenceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}`, {"fragmentName":"ContributionFields"}) as unknown as TypedDocumentString<ContributionFieldsFragment, unknown>;
export const SafetyHeadlineFieldsFragmentDoc = new TypedDocumentString(`
    fragment SafetyHeadlineFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
}
    `, {"fragmentName":"SafetyHeadlineFields"}) as unknown as TypedDocumentString<SafetyHeadlineFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  type
  source
  target
  frequency
  evoking
  note
  evidence {
    ...EvidenceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const LinkedSubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkedSubgraphFields on Subgraph {
  truncated
  nodes {
    id
    kind
    name
    aliases
    ... on Diagnostic {
      safety(gestationalWeek: $week) {
        ...SafetyHeadlineFields
      }
    }
    ... on Drug {
      safety(gestationalWeek: $week) {
        ...SafetyHeadlineFields
      }
    }
    ... on Intervention {
      safety(gestationalWeek: $week) {
        ...SafetyHeadlineFields
      }
    }
  }
  edges {
    ...EdgeFields
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}
fragment SafetyHeadlineFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  frequency
  evoking
  note
  evidence {
    ...EvidenceFields
  }
}`, {"fragmentName":"LinkedSubgraphFields"}) as unknown as TypedDocumentString<LinkedSubgraphFieldsFragment, unknown>;
export const SpanFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpanFields on TextSpan {
  start
  end
  text
}
    `, {"fragmentName":"SpanFields"}) as unknown as TypedDocumentString<SpanFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  role
  name
  canEditTeachingPaths
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const PathSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}
    `, {"fragmentName":"PathSummaryFields"}) as unknown as TypedDocumentString<PathSummaryFieldsFragment, unknown>;
export const PathFieldsFragmentDoc = new TypedDocumentString(`
    fragment PathFields on TeachingPath {
  ...PathSummaryFields
  steps {
    id
    position
    nodeId
    edgeId
    annotation
    question
    answer
    node {
      id
      kind
      name
    }
    edge {
      id
      type
      source
      target
    }
    case {
      present
      absent
      gestationalWeek
      presentFindings {
        id
        name
      }
      absentFindings {
        id
        name
      }
    }
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}`, {"fragmentName":"PathFields"}) as unknown as TypedDocumentString<PathFieldsFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $first: Int, $kinds: [NodeKind!]) {
  search(text: $text, first: $first, kinds: $kinds) {
    score
    node {
      id
      kind
      name
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($ids: [ID!]!, $depth: Int, $week: Int) {
  neighborhood(ids: $ids, depth: $depth) {
    truncated
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}
fragment SafetyFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
  statements {
    level
    weekFrom
    weekTo
    note
    quote
    verbatim
    textKind
    rank
    body
    document
    number
    date
    section
    counted
    dissents
    source {
      ...SourceFields
    }
    viaClass {
      id
      name
    }
  }
}
fragment NodeFields on Node {
  __typename
  id
  kind
  name
  aliases
  ... on Condition {
    category
    urgency
    prevalence
    weekFrom
    weekTo
    summary
    evidence {
      ...EvidenceFields
    }
  }
  ... on Finding {
    findingType
    summary
  }
  ... on Diagnostic {
    modality
    summary
    safety(gestationalWeek: $week) {
      ...SafetyFields
    }
  }
  ... on Drug {
    drugClass
    summary
    safety(gestationalWeek: $week) {
      ...SafetyFields
    }
  }
  ... on Intervention {
    summary
    safety(gestationalWeek: $week) {
      ...SafetyFields
    }
  }
  ... on Source {
    title
    sourceKind
    publisher
    date
    url
    citation
  }
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  frequency
  evoking
  note
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const CaseDifferentialDocument = new TypedDocumentString(`
    query CaseDifferential($input: DifferentialInput!, $entered: [ID!]!, $week: Int) {
  entered: neighborhood(ids: $entered, kinds: [FINDING]) {
    nodes {
      id
      name
    }
  }
  differential(input: $input) {
    gestationalWeek
    trimester
    otherProbability
    omittedProbability
    candidates {
      rank
      probability
      prior
      urgency
      inWindow
      capped
      condition {
        id
        name
        aliases
        category
        summary
        priorBasis
      }
      supporting {
        ...ContributionFields
      }
      opposing {
        ...ContributionFields
      }
      raisers(first: 3) {
        finding {
          id
          name
        }
        likelihoodRatio
        origin
        frequency
        evoking
      }
    }
    redFlags {
      id
      message
      urgency
      trigger
      conditions {
        id
        name
      }
      findings {
        id
        name
      }
      evidence {
        ...EvidenceFields
      }
    }
    dontMiss {
      condition {
        id
        name
      }
      urgency
      probability
      rank
      reasons {
        kind
        ruleId
        threshold
        message
      }
      findings {
        finding {
          id
          name
        }
        likelihoodRatio
        ruleIds
        evidence {
          ...EvidenceFields
        }
      }
      ruleOut {
        text
        diagnostics {
          id
          name
          safety(gestationalWeek: $week) {
            ...SafetyFields
          }
        }
        findings {
          id
          name
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
    nextFindings {
      finding {
        id
        name
      }
      expectedInformationGain
      separates {
        id
        name
      }
    }
    suggestedDiagnostics {
      diagnostic {
        id
        name
      }
      usefulness
      warning
      evaluates {
        id
        name
      }
      saferAlternatives {
        id
        name
      }
      safety {
        ...SafetyFields
      }
    }
    treatmentSafety {
      subject {
        id
        kind
        name
      }
      conditions {
        id
        name
      }
      safety {
        ...SafetyFields
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}
fragment SafetyFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
  statements {
    level
    weekFrom
    weekTo
    note
    quote
    verbatim
    textKind
    rank
    body
    document
    number
    date
    section
    counted
    dissents
    source {
      ...SourceFields
    }
    viaClass {
      id
      name
    }
  }
}
fragment ContributionFields on Contribution {
  finding {
    id
    name
  }
  present
  weight
  likelihoodRatio
  linkLikelihoodRatio
  discount
  origin
  clamped
  frequency
  evoking
  statsSource {
    ...SourceFields
  }
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<CaseDifferentialQuery, CaseDifferentialQueryVariables>;
export const CaseGraphDocument = new TypedDocumentString(`
    query CaseGraph($candidates: [ID!]!, $expand: [ID!]!, $hasExpand: Boolean!, $week: Int) {
  linked: neighborhood(
    ids: $candidates
    depth: 1
    kinds: [DIAGNOSTIC, DRUG, INTERVENTION]
  ) {
    ...LinkedSubgraphFields
  }
  expanded: neighborhood(ids: $expand, depth: 1) @include(if: $hasExpand) {
    ...LinkedSubgraphFields
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment EvidenceFields on Evidence {
  quote
  verbatim
  source {
    ...SourceFields
  }
}
fragment SafetyHeadlineFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
}
fragment EdgeFields on Edge {
  id
  type
  source
  target
  frequency
  evoking
  note
  evidence {
    ...EvidenceFields
  }
}
fragment LinkedSubgraphFields on Subgraph {
  truncated
  nodes {
    id
    kind
    name
    aliases
    ... on Diagnostic {
      safety(gestationalWeek: $week) {
        ...SafetyHeadlineFields
      }
    }
    ... on Drug {
      safety(gestationalWeek: $week) {
        ...SafetyHeadlineFields
      }
    }
    ... on Intervention {
      safety(gestationalWeek: $week) {
        ...SafetyHeadlineFields
      }
    }
  }
  edges {
    ...EdgeFields
  }
}`) as unknown as TypedDocumentString<CaseGraphQuery, CaseGraphQueryVariables>;
export const CaseEnteredDocument = new TypedDocumentString(`
    query CaseEntered($entered: [ID!]!) {
  entered: neighborhood(ids: $entered, kinds: [FINDING]) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaseEnteredQuery, CaseEnteredQueryVariables>;
export const CaseNoteDocument = new TypedDocumentString(`
    query CaseNote($text: String!) {
  interpretCase(text: $text) {
    present {
      id
      name
    }
    absent {
      id
      name
    }
    gestationalWeek
    gestationalDays
    gestationalAge {
      week
      days
      error
      span {
        ...SpanFields
      }
    }
    mentions {
      finding {
        id
        name
      }
      phrase
      present
      qualifiers
      laterality
      span {
        ...SpanFields
      }
      negation {
        ...SpanFields
      }
    }
    unrecognizedWords {
      span {
        ...SpanFields
      }
      suggestions
      findings {
        id
        name
      }
    }
    warnings
  }
}
    fragment SpanFields on TextSpan {
  start
  end
  text
}`) as unknown as TypedDocumentString<CaseNoteQuery, CaseNoteQueryVariables>;
export const NodePageDocument = new TypedDocumentString(`
    query NodePage($id: ID!) {
  node(id: $id) {
    id
    kind
    name
    aliases
  }
}
    `) as unknown as TypedDocumentString<NodePageQuery, NodePageQueryVariables>;
export const TeachingPathAuditDocument = new TypedDocumentString(`
    query TeachingPathAudit($first: Int) {
  teachingPathAudit(first: $first) {
    id
    action
    actorId
    actorName
    pathId
    pathTitle
    version
    at
  }
}
    `) as unknown as TypedDocumentString<TeachingPathAuditQuery, TeachingPathAuditQueryVariables>;
export const PathsViewerDocument = new TypedDocumentString(`
    query PathsViewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  role
  name
  canEditTeachingPaths
}`) as unknown as TypedDocumentString<PathsViewerQuery, PathsViewerQueryVariables>;
export const TeachingPathListDocument = new TypedDocumentString(`
    query TeachingPathList($first: Int, $after: String, $status: TeachingPathStatus, $search: String) {
  teachingPaths(first: $first, after: $after, status: $status, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...PathSummaryFields
      }
    }
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}`) as unknown as TypedDocumentString<TeachingPathListQuery, TeachingPathListQueryVariables>;
export const TeachingPathDocument = new TypedDocumentString(`
    query TeachingPath($id: ID!) {
  teachingPath(id: $id) {
    ...PathFields
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}
fragment PathFields on TeachingPath {
  ...PathSummaryFields
  steps {
    id
    position
    nodeId
    edgeId
    annotation
    question
    answer
    node {
      id
      kind
      name
    }
    edge {
      id
      type
      source
      target
    }
    case {
      present
      absent
      gestationalWeek
      presentFindings {
        id
        name
      }
      absentFindings {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<TeachingPathQuery, TeachingPathQueryVariables>;
export const PathNeighborhoodDocument = new TypedDocumentString(`
    query PathNeighborhood($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 1) {
    truncated
    nodes {
      id
      kind
      name
    }
    edges {
      id
      type
      source
      target
      frequency
    }
  }
}
    `) as unknown as TypedDocumentString<PathNeighborhoodQuery, PathNeighborhoodQueryVariables>;
export const CreateTeachingPathDocument = new TypedDocumentString(`
    mutation CreateTeachingPath($input: CreateTeachingPathInput!) {
  createTeachingPath(input: $input) {
    ...PathFields
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}
fragment PathFields on TeachingPath {
  ...PathSummaryFields
  steps {
    id
    position
    nodeId
    edgeId
    annotation
    question
    answer
    node {
      id
      kind
      name
    }
    edge {
      id
      type
      source
      target
    }
    case {
      present
      absent
      gestationalWeek
      presentFindings {
        id
        name
      }
      absentFindings {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<CreateTeachingPathMutation, CreateTeachingPathMutationVariables>;
export const UpdateTeachingPathDocument = new TypedDocumentString(`
    mutation UpdateTeachingPath($id: ID!, $expectedVersion: Int!, $patch: TeachingPathPatch!) {
  updateTeachingPath(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    ...PathFields
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}
fragment PathFields on TeachingPath {
  ...PathSummaryFields
  steps {
    id
    position
    nodeId
    edgeId
    annotation
    question
    answer
    node {
      id
      kind
      name
    }
    edge {
      id
      type
      source
      target
    }
    case {
      present
      absent
      gestationalWeek
      presentFindings {
        id
        name
      }
      absentFindings {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateTeachingPathMutation, UpdateTeachingPathMutationVariables>;
export const PublishTeachingPathDocument = new TypedDocumentString(`
    mutation PublishTeachingPath($id: ID!, $expectedVersion: Int!) {
  publishTeachingPath(id: $id, expectedVersion: $expectedVersion) {
    ...PathFields
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}
fragment PathFields on TeachingPath {
  ...PathSummaryFields
  steps {
    id
    position
    nodeId
    edgeId
    annotation
    question
    answer
    node {
      id
      kind
      name
    }
    edge {
      id
      type
      source
      target
    }
    case {
      present
      absent
      gestationalWeek
      presentFindings {
        id
        name
      }
      absentFindings {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<PublishTeachingPathMutation, PublishTeachingPathMutationVariables>;
export const UnpublishTeachingPathDocument = new TypedDocumentString(`
    mutation UnpublishTeachingPath($id: ID!, $expectedVersion: Int!) {
  unpublishTeachingPath(id: $id, expectedVersion: $expectedVersion) {
    ...PathFields
  }
}
    fragment PathSummaryFields on TeachingPath {
  id
  title
  summary
  audience
  author
  status
  version
  updatedAt
  publishedAt
  stepCount
  canEdit
}
fragment PathFields on TeachingPath {
  ...PathSummaryFields
  steps {
    id
    position
    nodeId
    edgeId
    annotation
    question
    answer
    node {
      id
      kind
      name
    }
    edge {
      id
      type
      source
      target
    }
    case {
      present
      absent
      gestationalWeek
      presentFindings {
        id
        name
      }
      absentFindings {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<UnpublishTeachingPathMutation, UnpublishTeachingPathMutationVariables>;
export const DuplicateTeachingPathDocument = new TypedDocumentString(`
    mutation DuplicateTeachingPath($id: ID!) {
  duplicateTeachingPath(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<DuplicateTeachingPathMutation, DuplicateTeachingPathMutationVariables>;
export const DeleteTeachingPathDocument = new TypedDocumentString(`
    mutation DeleteTeachingPath($id: ID!, $expectedVersion: Int!) {
  deleteTeachingPath(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DeleteTeachingPathMutation, DeleteTeachingPathMutationVariables>;
export const ExportTeachingPathDocument = new TypedDocumentString(`
    query ExportTeachingPath($id: ID!) {
  exportTeachingPath(id: $id)
}
    `) as unknown as TypedDocumentString<ExportTeachingPathQuery, ExportTeachingPathQueryVariables>;
export const ImportTeachingPathDocument = new TypedDocumentString(`
    mutation ImportTeachingPath($document: String!) {
  importTeachingPath(document: $document) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ImportTeachingPathMutation, ImportTeachingPathMutationVariables>;
export const SafetyCheckDocument = new TypedDocumentString(`
    query SafetyCheck($id: ID!, $week: Int) {
  node(id: $id) {
    id
    kind
    name
    aliases
    ... on Drug {
      drugClass
      summary
      safety(gestationalWeek: $week) {
        ...SafetyFields
        dissent {
          source {
            id
          }
        }
      }
    }
    ... on Diagnostic {
      modality
      summary
      safety(gestationalWeek: $week) {
        ...SafetyFields
        dissent {
          source {
            id
          }
        }
      }
    }
    ... on Intervention {
      summary
      safety(gestationalWeek: $week) {
        ...SafetyFields
        dissent {
          source {
            id
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  sourceKind
  citation
}
fragment SafetyFields on Safety {
  level
  conflict
  headlineRank
  gestationalWeek
  statements {
    level
    weekFrom
    weekTo
    note
    quote
    verbatim
    textKind
    rank
    body
    document
    number
    date
    section
    counted
    dissents
    source {
      ...SourceFields
    }
    viaClass {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SafetyCheckQuery, SafetyCheckQueryVariables>;
export const SafetyAlternativesDocument = new TypedDocumentString(`
    query SafetyAlternatives($ids: [ID!]!, $week: Int) {
  neighborhood(
    ids: $ids
    depth: 2
    kinds: [CONDITION, FINDING, DRUG, INTERVENTION, DIAGNOSTIC]
  ) {
    truncated
    nodes {
      id
      kind
      name
      ... on Drug {
        safety(gestationalWeek: $week) {
          level
        }
      }
      ... on Diagnostic {
        safety(gestationalWeek: $week) {
          level
        }
      }
      ... on Intervention {
        safety(gestationalWeek: $week) {
          level
        }
      }
    }
    edges {
      type
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<SafetyAlternativesQuery, SafetyAlternativesQueryVariables>;