import type { GraphEdge, GraphNode, Subgraph } from "../api/types";
import { compareText, toFallbackName } from "../shared/format";

export interface IncidentEdge {
  edge: GraphEdge;
  /** The node at the other end, when it is in the subgraph. */
  other: GraphNode | undefined;
  otherId: string;
  /** "out" when the selected node is the edge's source. */
  direction: "out" | "in";
}

/** The relationships of one node within the subgraph: outgoing first, then by type and name. */
export function toIncidentEdges(subgraph: Pick<Subgraph, "nodes" | "edges">, nodeId: string): IncidentEdge[] {
  const nodes = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const incident: IncidentEdge[] = [];
  for (const edge of subgraph.edges) {
    if (edge.source !== nodeId && edge.target !== nodeId) continue;
    const direction = edge.source === nodeId ? "out" : "in";
    const otherId = direction === "out" ? edge.target : edge.source;
    incident.push({ edge, other: nodes.get(otherId), otherId, direction });
  }
  return incident.sort(
    (a, b) =>
      compareText(a.direction, b.direction) * -1 ||
      compareText(a.edge.type, b.edge.type) ||
      compareText(a.other?.name ?? a.otherId, b.other?.name ?? b.otherId),
  );
}

/** The node's display name, falling back to its id's words when it is outside the subgraph. */
export function toNodeName(subgraph: Pick<Subgraph, "nodes">, id: string): string {
  return subgraph.nodes.find((node) => node.id === id)?.name ?? toFallbackName(id);
}
