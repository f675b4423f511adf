import type { NodeKind } from "@bpx/domain";
import type { ElementDefinition } from "cytoscape";
import { toKindClass, toLayer } from "../graph-kit/kinds";
import { SAFETY_VISUALS } from "../safety/safety";
import { toPercent, toRatio } from "../shared/format";
import type { CaseEdge, CaseGraph, CaseNode, CaseRelation } from "./case-graph";

export interface CaseElementOptions {
  /** Kinds the reader filtered out; their nodes and edges are left out. */
  hiddenKinds?: readonly NodeKind[];
  /** Nodes left out one by one (hidden, or folded into a collapsed node). */
  hiddenIds?: ReadonlySet<string>;
  pinnedIds?: readonly string[];
  collapsedIds?: readonly string[];
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
  if (edge.relation === "related") return edge.type.toLowerCase().replaceAll("_", " ");
  const label = RELATION_LABELS[edge.relation];
  return edge.ratio === undefined ? label : `${label} ${toRatio(edge.ratio)}`;
}

function nodeClasses(node: CaseNode, pinned: boolean, collapsed: boolean): string {
  const classes = [toKindClass(node.kind), `role-${node.role}`];
  if (pinned) classes.push("pinned");
  if (collapsed) classes.push("collapsed");
  if (node.safety) classes.push(`safety-${node.safety.toLowerCase()}`);
  if (node.role === "present" || (node.rank !== undefined && node.rank <= 3) || node.expanded)
    classes.push("focus");
  return classes.join(" ");
}

/** Cytoscape elements for a case graph: nodes first, edges only between drawn nodes. */
export function toCaseElements(
  graph: CaseGraph,
  { hiddenKinds = [], hiddenIds = new Set(), pinnedIds = [], collapsedIds = [] }: CaseElementOptions = {},
): ElementDefinition[] {
  const hidden = new Set(hiddenKinds);
  const pinned = new Set(pinnedIds);
  const collapsed = new Set(collapsedIds);
  const drawn = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (hidden.has(node.kind) || hiddenIds.has(node.id)) continue;
    drawn.add(node.id);
    const data: Record<string, unknown> = {
      id: node.id,
      label: collapsed.has(node.id) ? `${toNodeLabel(node)}\n(collapsed)` : toNodeLabel(node),
      kind: node.kind,
      role: node.role,
      layer: node.role === "ask" ? 0 : toLayer(node.kind),
    };
    if (node.probability !== undefined) {
      data.probability = node.probability;
      data.size = toCandidateSize(node.probability);
    }
    if (node.safety) data.safety = node.safety;
    elements.push({
      group: "nodes",
      data,
      classes: nodeClasses(node, pinned.has(node.id), collapsed.has(node.id)),
    });
  }
  for (const edge of graph.edges) {
    if (!drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    elements.push({
      group: "edges",
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        relation: edge.relation,
        label: toEdgeLabel(edge),
      },
      classes: `relation-${edge.relation}`,
    });
  }
  return elements;
}
