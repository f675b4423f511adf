import type { ElementDefinition } from "cytoscape";
import { SAFETY_VISUALS } from "../lib/safety";
import type { GraphEdge, GraphNode, Subgraph } from "../lib/types";
import { toKindClass, toLayer } from "./kinds";

export interface ElementOptions {
  /** Nodes the reader asked for (searched or expanded); drawn larger. */
  focusIds?: readonly string[];
}

/** "PRESENTS_WITH" -> "presents with". */
export function toRelationLabel(type: string): string {
  return type.toLowerCase().replaceAll("_", " ");
}

/** A "never" edge is evidence against: the finding argues against the condition. */
export function isArguingAgainst(edge: Pick<GraphEdge, "frequency">): boolean {
  return edge.frequency === "never";
}

/** The name, and for a rated test, drug or measure its safety in words: colour never says it alone. */
export function toNodeLabel(node: GraphNode): string {
  const level = "safety" in node ? node.safety?.level : undefined;
  if (!level) return node.name;
  return `${node.name}\n${SAFETY_VISUALS[level].symbol} ${SAFETY_VISUALS[level].label}`;
}

/**
 * Turns a subgraph into Cytoscape elements: one node per graph node, classed by kind, and one edge
 * per relationship whose ends are both present (Cytoscape refuses dangling edges).
 */
export function toElements(
  subgraph: Pick<Subgraph, "nodes" | "edges">,
  { focusIds = [] }: ElementOptions = {},
): ElementDefinition[] {
  const focus = new Set(focusIds);
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];

  for (const node of subgraph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    const classes = [toKindClass(node.kind)];
    const level = "safety" in node ? node.safety?.level : undefined;
    if (level) classes.push(`safety-${level.toLowerCase()}`);
    if (focus.has(node.id)) classes.push("focus");
    elements.push({
      group: "nodes",
      data: { id: node.id, label: toNodeLabel(node), kind: node.kind, layer: toLayer(node.kind) },
      classes: classes.join(" "),
    });
  }

  const edgeIds = new Set<string>();
  for (const edge of subgraph.edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    const against = isArguingAgainst(edge);
    const relation = toRelationLabel(edge.type);
    elements.push({
      group: "edges",
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        frequency: edge.frequency,
        label: against ? `never ${relation}` : relation,
      },
      classes: against ? "argues-against" : "",
    });
  }

  return elements;
}
