import type { NodeKind, SafetyLevel } from "@bpx/domain";

/** The shapes the explorer's queries return; they mirror the API's SDL field for field. */

export interface SourceRef {
  id: string;
  title: string;
  sourceKind: string;
  /** Formal citation of regulator and guideline documents. */
  citation?: string | null;
}

export interface EvidenceItem {
  source: SourceRef;
  quote: string;
  /** False for a summary of a source whose words the graph does not hold: never shown as a quote. */
  verbatim: boolean;
}

export interface SafetyStatement {
  level: SafetyLevel;
  weekFrom: number;
  weekTo: number;
  note: string | null;
  source: SourceRef;
  quote: string;
  verbatim: boolean;
  /** QUOTE: the source's own words; SUMMARY: a one-line summary, never shown as a quote. */
  textKind: "QUOTE" | "SUMMARY";
  /** The source's authority: 1 regulator, 2 guideline or professional body, 3 textbook or study, 4 consumer article. */
  rank: number;
  body: string | null;
  document: string | null;
  number: string | null;
  date: string | null;
  section: string | null;
  viaClass: { id: string; name: string } | null;
  /** False when the same source says something more specific or stricter that applies. */
  counted: boolean;
  /** Counted and at a level other than the headline. */
  dissents: boolean;
}

/** The headline alone, without the statements: what the case graph and its lists need. */
export type SafetyHeadline = Pick<Safety, "level" | "conflict" | "headlineRank" | "gestationalWeek">;

export interface Safety {
  /** The headline, read from the highest-ranking sources that speak to the week. */
  level: SafetyLevel;
  /** Some source, of any rank, disagrees with another. */
  conflict: boolean;
  /** The rank the headline is read from; null when no source speaks. */
  headlineRank: number | null;
  gestationalWeek: number | null;
  statements: SafetyStatement[];
}

interface NodeBase {
  id: string;
  name: string;
  aliases: string[];
}

export interface ConditionNode extends NodeBase {
  kind: "CONDITION";
  category: string;
  urgency: string;
  prevalence: string;
  weekFrom: number | null;
  weekTo: number | null;
  summary: string | null;
  evidence: EvidenceItem[];
}

export interface FindingNode extends NodeBase {
  kind: "FINDING";
  findingType: string;
  summary: string | null;
}

export interface DiagnosticNode extends NodeBase {
  kind: "DIAGNOSTIC";
  modality: string;
  summary: string | null;
  /** At the week asked for; whole-pregnancy statements without one. */
  safety?: Safety;
}

export interface DrugNode extends NodeBase {
  kind: "DRUG";
  drugClass: string | null;
  summary: string | null;
  /** At the week asked for; whole-pregnancy statements without one. */
  safety?: Safety;
}

export interface InterventionNode extends NodeBase {
  kind: "INTERVENTION";
  summary: string | null;
  /** At the week asked for; whole-pregnancy statements without one. */
  safety?: Safety;
}

export interface SourceNode extends NodeBase {
  kind: "SOURCE";
  title: string;
  sourceKind: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  citation: string | null;
}

export type GraphNode =
  | ConditionNode
  | FindingNode
  | DiagnosticNode
  | DrugNode
  | InterventionNode
  | SourceNode;

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  frequency: string | null;
  evoking: string | null;
  note: string | null;
  evidence: EvidenceItem[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** The few fields a search hit needs to be listed. */
export interface NodeSummary {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
}

export interface SearchHit {
  node: NodeSummary;
  score: number;
}
