import type { NodeKind } from "@bpx/domain";

/** The shapes the explorer's queries return; they mirror the API's SDL field for field. */

export interface SourceRef {
  id: string;
  name: string;
  title: string;
  sourceKind: string;
}

export interface EvidenceItem {
  source: SourceRef;
  quote: string;
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
}

export interface DrugNode extends NodeBase {
  kind: "DRUG";
  drugClass: string | null;
  summary: string | null;
}

export interface InterventionNode extends NodeBase {
  kind: "INTERVENTION";
  summary: string | null;
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
