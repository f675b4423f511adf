import type { NodeKind } from "@bpx/domain";
import type { ElementDefinition } from "cytoscape";
import { toGraphElements, toRelationLabel, type ViewState } from "../graph-kit/elements";
import { SAFETY_VISUALS } from "../safety/safety";
import { toPercent, toRatio } from "../shared/format";
import type { CaseEdge, CaseGraph, CaseNode, CaseRelation } from "./case-graph";

export interface CaseElementOptions extends ViewState {
  /** Kinds the reader filtered out; their nodes and edges are left out. */
  hiddenKinds?: readonly NodeKind[];
}

export const RELATION_LABELS: Record<CaseRelation, string> = {
  supports: "supports",
  "argues-against": "argues against",
  evaluates: "evaluates",
  treats: "treats",
  contraindicated: "contraindicated",
  alternative: "alternative to",
  "would-tell-apart": "would tell apart",
  related: "related",
};

/** Candidates are drawn with an area that grows with their probability. */
export function toCandidateSize(probability: number): number {
  return Math.round(28 + 56 * Math.sqrt(Math.min(1, Math.max(0, probability))));
}

/** Every label says in words what colour and shape also show. */
export function toNodeLabel(node: CaseNode): string {
  switch (node.role) {
    case "present":
      return `${node.name}\n(present)`;
    case "absent":
      return `${node.name}\n(absent)`;
    case "ask":
      return `Ask: ${node.name}?`;
    case "candidate":
      return `#${node.rank} ${node.name}\n${toPercent(node.probability ?? 0)}`;
    default:
      if (!node.safety) return node.name;
      return `${node.name}\n${SAFETY_VISUALS[node.safety].symbol} ${SAFETY_VISUALS[node.safety].label}`;
  }
}

export function toEdgeLabel(edge: CaseEdge): string {
  if (edge.relation === "related") return toRelationLabel(edge.type);
  const label = RELATION_LABELS[edge.relation];
  return edge.ratio === undefined ? label : `${label} ${toRatio(edge.ratio)}`;
}

function nodeClasses(node: CaseNode): string[] {
  const classes = [`role-${node.role}`];
  if (node.safety) classes.push(`safety-${node.safety.toLowerCase()}`);
  if (node.role === "present" || (node.rank !== undefined && node.rank <= 3) || node.expanded)
    classes.push("focus");
  return classes;
}

/** Role, probability and size, safety; the ones worth asking stand with the findings, in the first layer. */
function nodeData(node: CaseNode): Record<string, unknown> {
  return {
    role: node.role,
    ...(node.role === "ask" && { layer: 0 }),
    ...(node.probability !== undefined && {
      probability: node.probability,
      size: toCandidateSize(node.probability),
    }),
    ...(node.safety && { safety: node.safety }),
  };
}

/** Cytoscape elements for a case graph: nodes first, edges only between drawn nodes. */
export function toCaseElements(
  graph: CaseGraph,
  { hiddenKinds = [], ...state }: CaseElementOptions = {},
): ElementDefinition[] {
  const hidden = new Set(hiddenKinds);
  return toGraphElements(
    { nodes: graph.nodes.filter((node) => !hidden.has(node.kind)), edges: graph.edges },
    {
      node: (node) => ({ label: toNodeLabel(node), classes: nodeClasses(node), data: nodeData(node) }),
      edge: (edge) => ({
        label: toEdgeLabel(edge),
        classes: [`relation-${edge.relation}`],
        data: { relation: edge.relation },
      }),
    },
    state,
  );
}
