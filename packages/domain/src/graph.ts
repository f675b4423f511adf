import type { NodeKind } from "./kinds";

/** A verbatim quote from a source that backs a relationship or statement. */
export interface Evidence {
  sourceId: string;
  /** The source's words when `verbatim`; otherwise a summary of a source we hold no text of. */
  quote: string;
  verbatim: boolean;
  /** Where in the source the claim is (a recommendation, table or label section), when known. */
  section?: string;
}

/** A node as the store returns it: the common fields plus the kind-specific properties. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  props: Record<string, unknown>;
}

/** A directed relationship between two nodes, with its evidence. */
export interface GraphEdge {
  /** Stable id: `TYPE:from->to`. */
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the node limit cut the neighbourhood short. */
  truncated: boolean;
}

/** A rule that raises an alarm on a combination of findings, whatever the ranking says. */
export interface RedFlagRule {
  id: string;
  message: string;
  urgency: string;
  whenAll: string[];
  whenAny: string[];
  weekFrom?: number | undefined;
  weekTo?: number | undefined;
  suggests: string[];
  evidence: Evidence[];
}

/** The stable id of a relationship. */
export function toEdgeId(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}
