import type { Subgraph } from "../api/types";
import { KindIcon } from "./kind-icon";
import { KIND_VISUALS } from "./kinds";
import { toNodeName } from "./subgraph";

export interface GraphTableProps {
  subgraph: Subgraph;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The drawn graph as two tables, for keyboard and screen-reader users. */
export function GraphTable({ subgraph, selectedId, onSelect }: GraphTableProps) {
  const nodeButton = (id: string) => (
    <button
      type="button"
      className="link-button"
      aria-current={id === selectedId ? "true" : undefined}
      onClick={() => onSelect(id)}
    >
      {toNodeName(subgraph, id)}
    </button>
  );

  return (
    <div className="graph-table" data-testid="graph-table">
      <table>
        <caption>Nodes ({subgraph.nodes.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Also known as</th>
          </tr>
        </thead>
        <tbody>
          {subgraph.nodes.map((node) => (
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
              <td>{node.aliases.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Relationships ({subgraph.edges.length})</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relationship</th>
            <th scope="col">To</th>
            <th scope="col">Frequency</th>
            <th scope="col">Quotes</th>
          </tr>
        </thead>
        <tbody>
          {subgraph.edges.map((edge) => (
            <tr key={edge.id}>
              <td>{nodeButton(edge.source)}</td>
              <td>{edge.type}</td>
              <td>{nodeButton(edge.target)}</td>
              <td>{edge.frequency ?? "—"}</td>
              <td>{edge.evidence.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
