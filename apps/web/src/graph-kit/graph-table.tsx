import type { NodeKind } from "@bpx/domain";
import type { ReactNode } from "react";
import type { Subgraph } from "../api/types";
import { KindIcon } from "./kind-icon";
import { KIND_VISUALS } from "./kinds";
import { toNodeName } from "./subgraph";

/** A column a view adds after the shared ones: Name and Kind for nodes, From, Relationship and To for edges. */
export interface TableColumn<T> {
  heading: string;
  cell: (row: T) => ReactNode;
}

export interface ElementTableProps<
  N extends { id: string; kind: NodeKind },
  E extends { id: string; source: string; target: string },
> {
  nodes: readonly N[];
  edges: readonly E[];
  /** The name a node goes by, in its row and in every relationship that names it. */
  nameOf: (id: string) => string;
  nodeColumns: readonly TableColumn<N>[];
  /** The relationship in words. */
  relation: (edge: E) => string;
  edgeColumns: readonly TableColumn<E>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function Table({
  caption,
  headings,
  children,
}: {
  caption: string;
  headings: string[];
  children: ReactNode;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A drawn graph as two tables, for keyboard and screen-reader users; each view adds its own columns. */
export function ElementTable<
  N extends { id: string; kind: NodeKind },
  E extends { id: string; source: string; target: string },
>({
  nodes,
  edges,
  nameOf,
  nodeColumns,
  relation,
  edgeColumns,
  selectedId,
  onSelect,
}: ElementTableProps<N, E>) {
  const nodeButton = (id: string) => (
    <button
      type="button"
      className="link-button"
      aria-current={id === selectedId ? "true" : undefined}
      onClick={() => onSelect(id)}
    >
      {nameOf(id)}
    </button>
  );
  return (
    <div className="graph-table" data-testid="graph-table">
      <Table
        caption={`Nodes (${nodes.length})`}
        headings={["Name", "Kind", ...nodeColumns.map((column) => column.heading)]}
      >
        {nodes.map((node) => (
          <tr
            key={node.id}
            data-node-id={node.id}
            className={node.id === selectedId ? "is-selected" : undefined}
          >
            <th scope="row">{nodeButton(node.id)}</th>
            <td>
              <span className="kind-badge">
                <KindIcon kind={node.kind} />
                {KIND_VISUALS[node.kind].label}
              </span>
            </td>
            {nodeColumns.map((column) => (
              <td key={column.heading}>{column.cell(node)}</td>
            ))}
          </tr>
        ))}
      </Table>
      <Table
        caption={`Relationships (${edges.length})`}
        headings={["From", "Relationship", "To", ...edgeColumns.map((column) => column.heading)]}
      >
        {edges.map((edge) => (
          <tr key={edge.id} data-edge-id={edge.id}>
            <td>{nodeButton(edge.source)}</td>
            <td>{relation(edge)}</td>
            <td>{nodeButton(edge.target)}</td>
            {edgeColumns.map((column) => (
              <td key={column.heading}>{column.cell(edge)}</td>
            ))}
          </tr>
        ))}
      </Table>
    </div>
  );
}

type Node = Subgraph["nodes"][number];
type Edge = Subgraph["edges"][number];

const NODE_COLUMNS: TableColumn<Node>[] = [
  { heading: "Also known as", cell: (node) => node.aliases.join(", ") },
];
const EDGE_COLUMNS: TableColumn<Edge>[] = [
  { heading: "Frequency", cell: (edge) => edge.frequency ?? "—" },
  { heading: "Quotes", cell: (edge) => edge.evidence.length },
];

export interface GraphTableProps {
  subgraph: Subgraph;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The explorer's and node pages' table: aliases, and each relationship's frequency and quotes. */
export function GraphTable({ subgraph, selectedId, onSelect }: GraphTableProps) {
  return (
    <ElementTable
      nodes={subgraph.nodes}
      edges={subgraph.edges}
      nameOf={(id) => toNodeName(subgraph, id)}
      nodeColumns={NODE_COLUMNS}
      relation={(edge) => edge.type}
      edgeColumns={EDGE_COLUMNS}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  );
}
