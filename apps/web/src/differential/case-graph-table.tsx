import { ElementTable, type TableColumn } from "../graph-kit/graph-table";
import { SAFETY_VISUALS } from "../safety/safety";
import { toFallbackName, toPercent } from "../shared/format";
import { toEdgeLabel } from "./case-elements";
import type { CaseEdge, CaseGraph, CaseNode } from "./case-graph";

export interface CaseGraphTableProps {
  graph: CaseGraph;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function describeRole(node: CaseNode): string {
  switch (node.role) {
    case "present":
      return "Entered: present";
    case "absent":
      return "Entered: absent";
    case "ask":
      return "Worth asking next";
    case "candidate":
      return `Candidate #${node.rank}, ${toPercent(node.probability ?? 0)}`;
    default:
      return node.safety ? `Safety: ${SAFETY_VISUALS[node.safety].label}` : "Linked";
  }
}

const NODE_COLUMNS: TableColumn<CaseNode>[] = [{ heading: "Role in this case", cell: describeRole }];
const EDGE_COLUMNS: TableColumn<CaseEdge>[] = [{ heading: "Quotes", cell: (edge) => edge.evidenceCount }];

/** The graph the canvas draws, as two tables for keyboard and screen-reader users. */
export function CaseGraphTable({ graph, selectedId, onSelect }: CaseGraphTableProps) {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return (
    <ElementTable
      nodes={graph.nodes}
      edges={graph.edges}
      nameOf={(id) => names.get(id) ?? toFallbackName(id)}
      nodeColumns={NODE_COLUMNS}
      relation={toEdgeLabel}
      edgeColumns={EDGE_COLUMNS}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  );
}
