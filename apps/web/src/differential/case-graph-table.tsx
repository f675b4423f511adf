import { KindIcon } from "../graph-kit/kind-icon";
import { KIND_VISUALS } from "../graph-kit/kinds";
import { SAFETY_VISUALS } from "../safety/safety";
import { toFallbackName, toPercent } from "../shared/format";
import { toEdgeLabel } from "./case-elements";
import type { CaseGraph, CaseNode } from "./case-graph";

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

/** The graph the canvas draws, as two tables for keyboard and screen-reader users. */
export function CaseGraphTable({ graph, selectedId, onSelect }: CaseGraphTableProps) {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const nodeButton = (id: string) => (
    <button
      type="button"
      className="link-button"
      aria-current={id === selectedId ? "true" : undefined}
      onClick={() => onSelect(id)}
    >
      {names.get(id) ?? toFallbackName(id)}
    </button>
  );
  return (
    <div className="graph-table" data-testid="graph-table">
      <table>
        <caption>Nodes ({graph.nodes.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Role in this case</th>
          </tr>
        </thead>
        <tbody>
          {graph.nodes.map((node) => (
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
              <td>{describeRole(node)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Relationships ({graph.edges.length})</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relationship</th>
            <th scope="col">To</th>
            <th scope="col">Quotes</th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((edge) => (
            <tr key={edge.id} data-edge-id={edge.id}>
              <td>{nodeButton(edge.source)}</td>
              <td>{toEdgeLabel(edge)}</td>
              <td>{nodeButton(edge.target)}</td>
              <td>{edge.evidenceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
