import type { NodeKind } from "@bpx/domain";
import type { ElementDefinition } from "cytoscape";
import { SAFETY_VISUALS } from "../lib/safety";
import type { GraphEdge, GraphNode, Subgraph } from "../lib/types";
import { KIND_VISUALS, toKindClass, toLayer } from "./kinds";

export interface ElementOptions {
  /** Nodes the reader asked for (searched or expanded); drawn larger. */
  focusIds?: readonly string[];
  /** Nodes left out (hidden, or folded into a collapsed node). */
  hiddenIds?: ReadonlySet<string>;
  pinnedIds?: readonly string[];
  collapsedIds?: readonly string[];
  /** Group the nodes into one compound node per kind (big drawings). */
  cluster?: boolean;
}

/** Over this many nodes a drawing is grouped by kind unless the reader turns it off (issue 17). */
export const CLUSTER_THRESHOLD = 80;

export function toClusterId(kind: NodeKind): string {
  return `cluster:${kind.toLowerCase()}`;
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
  {
    focusIds = [],
    hiddenIds = new Set(),
    pinnedIds = [],
    collapsedIds = [],
    cluster = false,
  }: ElementOptions = {},
): ElementDefinition[] {
  const focus = new Set(focusIds);
  const pinned = new Set(pinnedIds);
  const collapsed = new Set(collapsedIds);
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  const perKind = new Map<NodeKind, number>();

  for (const node of subgraph.nodes) {
    if (nodeIds.has(node.id) || hiddenIds.has(node.id)) continue;
    nodeIds.add(node.id);
    perKind.set(node.kind, (perKind.get(node.kind) ?? 0) + 1);
    const classes = [toKindClass(node.kind)];
    const level = "safety" in node ? node.safety?.level : undefined;
    if (level) classes.push(`safety-${level.toLowerCase()}`);
    if (focus.has(node.id)) classes.push("focus");
    if (pinned.has(node.id)) classes.push("pinned");
    if (collapsed.has(node.id)) classes.push("collapsed");
    const label = collapsed.has(node.id) ? `${toNodeLabel(node)}\n(collapsed)` : toNodeLabel(node);
    elements.push({
      group: "nodes",
      data: {
        id: node.id,
        label,
        kind: node.kind,
        layer: toLayer(node.kind),
        ...(cluster && { parent: toClusterId(node.kind) }),
      },
      classes: classes.join(" "),
    });
  }
  if (cluster) {
    // Parents first: Cytoscape needs a compound node to exist before its members name it.
    const parents = [...perKind].map(([kind, count]) => ({
      group: "nodes" as const,
      data: { id: toClusterId(kind), label: `${KIND_VISUALS[kind].plural} (${count})`, kind },
      classes: "cluster",
    }));
    elements.unshift(...parents);
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
