import type { NodeKind } from "@bpx/domain";
import type { ElementDefinition } from "cytoscape";
import type { GraphEdge, GraphNode, Subgraph } from "../api/types";
import { SAFETY_VISUALS } from "../safety/safety";
import { compareText } from "../shared/format";
import { KIND_VISUALS, toKindClass, toLayer } from "./kinds";

export interface ElementOptions extends ViewState {
  /** Nodes the reader asked for (searched or expanded); drawn larger. */
  focusIds?: readonly string[];
  /** Group the nodes into compound nodes, one per kind or one per condition (big drawings). */
  cluster?: ClusterMode | null;
}

export type ClusterMode = "kind" | "condition";

/** Over this many nodes a drawing is grouped by kind unless the reader turns it off (issue 17). */
export const CLUSTER_THRESHOLD = 80;

export function toClusterId(kind: NodeKind): string {
  return `cluster:${kind.toLowerCase()}`;
}

interface Group {
  id: string;
  label: string;
}

/**
 * Each node's group when the drawing is grouped by condition: a condition heads its own group;
 * any other node joins the linked condition with most links to it (the searched ones first, then
 * by name), or "Not linked to a condition".
 */
export function toConditionGroups(
  subgraph: Pick<Subgraph, "nodes" | "edges">,
  focusIds: readonly string[] = [],
): Map<string, Group> {
  const conditions = new Map(
    subgraph.nodes.filter((node) => node.kind === "CONDITION").map((node) => [node.id, node.name]),
  );
  const links = new Map<string, Map<string, number>>();
  for (const edge of subgraph.edges) {
    for (const [node, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      if (!conditions.has(other) || conditions.has(node)) continue;
      const counts = links.get(node) ?? new Map<string, number>();
      counts.set(other, (counts.get(other) ?? 0) + 1);
      links.set(node, counts);
    }
  }
  const rank = (id: string) => (focusIds.includes(id) ? 0 : 1);
  const groups = new Map<string, Group>();
  for (const node of subgraph.nodes) {
    if (conditions.has(node.id)) {
      groups.set(node.id, { id: `cluster:condition:${node.id}`, label: node.name });
      continue;
    }
    const best = [...(links.get(node.id) ?? new Map<string, number>())].sort(
      ([a, countA], [b, countB]) =>
        countB - countA || rank(a) - rank(b) || compareText(conditions.get(a) ?? "", conditions.get(b) ?? ""),
    )[0];
    groups.set(
      node.id,
      best
        ? { id: `cluster:condition:${best[0]}`, label: conditions.get(best[0]) ?? best[0] }
        : { id: "cluster:unlinked", label: "Not linked to a condition" },
    );
  }
  return groups;
}

/** "PRESENTS_WITH" -> "presents with". */
export function toRelationLabel(type: string): string {
  return type.toLowerCase().replaceAll("_", " ");
}

/** A "never" edge is evidence against: the finding argues against the condition. */
export function isArguingAgainst(edge: Pick<GraphEdge, "frequency">): boolean {
  return edge.frequency === "never";
}

/** The explorer's and the paths' words for a relationship, with the class a "never" edge is drawn by. */
export function toRelationLook(edge: Pick<GraphEdge, "type" | "frequency">): {
  label: string;
  classes: string[];
} {
  const relation = toRelationLabel(edge.type);
  return isArguingAgainst(edge)
    ? { label: `never ${relation}`, classes: ["argues-against"] }
    : { label: relation, classes: [] };
}

/** The name, and for a rated test, drug or measure its safety in words: colour never says it alone. */
export function toNodeLabel(node: GraphNode): string {
  const level = "safety" in node ? node.safety?.level : undefined;
  if (!level) return node.name;
  return `${node.name}\n${SAFETY_VISUALS[level].symbol} ${SAFETY_VISUALS[level].label}`;
}

/** What a view says about one of its nodes or relationships: the label, and classes and data of its own. */
export interface ElementLook {
  label: string;
  classes?: readonly string[];
  data?: Record<string, unknown>;
}

/** Pinned, hidden and collapsed nodes: the reader's changes to a drawing (view-history.ts). */
export interface ViewState {
  /** Nodes left out one by one (hidden, or folded into a collapsed node). */
  hiddenIds?: ReadonlySet<string>;
  pinnedIds?: readonly string[];
  collapsedIds?: readonly string[];
}

/**
 * The elements of every graph view: one node per graph node that is not hidden, classed by kind,
 * pinned and collapsed (which the label says too), then one edge per relationship whose ends are
 * both drawn (Cytoscape refuses dangling edges); repeats are dropped. Each view words and classes
 * its own nodes and relationships through `look`.
 */
export function toGraphElements<
  N extends { id: string; kind: NodeKind },
  E extends { id: string; source: string; target: string; type: string },
>(
  graph: { nodes: readonly N[]; edges: readonly E[] },
  look: { node: (node: N) => ElementLook; edge: (edge: E) => ElementLook },
  { hiddenIds = new Set(), pinnedIds = [], collapsedIds = [] }: ViewState = {},
): ElementDefinition[] {
  const pinned = new Set(pinnedIds);
  const collapsed = new Set(collapsedIds);
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id) || hiddenIds.has(node.id)) continue;
    nodeIds.add(node.id);
    const { label, classes = [], data } = look.node(node);
    const folded = collapsed.has(node.id);
    const state = [...(pinned.has(node.id) ? ["pinned"] : []), ...(folded ? ["collapsed"] : [])];
    elements.push({
      group: "nodes",
      data: {
        id: node.id,
        kind: node.kind,
        layer: toLayer(node.kind),
        ...data,
        label: folded ? `${label}\n(collapsed)` : label,
      },
      classes: [toKindClass(node.kind), ...classes, ...state].join(" "),
    });
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    const { label, classes = [], data } = look.edge(edge);
    elements.push({
      group: "edges",
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, ...data, label },
      classes: classes.join(" "),
    });
  }
  return elements;
}

/**
 * The explorer's and node pages' elements: a subgraph classed by safety and focus, grouped into
 * compound nodes (one per kind or per condition) when asked.
 */
export function toElements(
  subgraph: Pick<Subgraph, "nodes" | "edges">,
  { focusIds = [], cluster = null, ...state }: ElementOptions = {},
): ElementDefinition[] {
  const byCondition = cluster === "condition" ? toConditionGroups(subgraph, focusIds) : null;
  const groupOf = (node: GraphNode): Group =>
    byCondition?.get(node.id) ?? { id: toClusterId(node.kind), label: KIND_VISUALS[node.kind].plural };
  const groups = new Map<string, { label: string; count: number }>();
  const focus = new Set(focusIds);
  const elements = toGraphElements(
    subgraph,
    {
      node: (node) => {
        const group = cluster ? groupOf(node) : null;
        if (group)
          groups.set(group.id, { label: group.label, count: (groups.get(group.id)?.count ?? 0) + 1 });
        const level = "safety" in node ? node.safety?.level : undefined;
        return {
          label: toNodeLabel(node),
          classes: [
            ...(level ? [`safety-${level.toLowerCase()}`] : []),
            ...(focus.has(node.id) ? ["focus"] : []),
          ],
          data: group ? { parent: group.id } : undefined,
        };
      },
      edge: (edge) => {
        const { label, classes } = toRelationLook(edge);
        return { label, classes, data: { frequency: edge.frequency } };
      },
    },
    state,
  );
  // Parents first: Cytoscape needs a compound node to exist before its members name it.
  const parents = [...groups].map(([id, { label, count }]) => ({
    group: "nodes" as const,
    data: { id, label: `${label} (${count})` },
    classes: "cluster",
  }));
  return [...parents, ...elements];
}
