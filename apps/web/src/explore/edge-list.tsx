import { toRelationLabel } from "../graph-kit/elements";
import { KindIcon } from "../graph-kit/kind-icon";
import type { IncidentEdge } from "../graph-kit/subgraph";
import { EvidenceList } from "../shared/evidence-list";
import { toFallbackName } from "../shared/format";

export interface EdgeListProps {
  edges: IncidentEdge[];
  onSelect: (id: string) => void;
}

/** The selected node's relationships in the current drawing, with the evidence behind each. */
export function EdgeList({ edges, onSelect }: EdgeListProps) {
  if (edges.length === 0) return <p className="muted">No relationships in this view.</p>;
  return (
    <ol className="edge-list">
      {edges.map(({ edge, other, otherId, direction }) => (
        <li key={edge.id} className={edge.frequency === "never" ? "edge argues-against" : "edge"}>
          <p className="edge-head">
            <span className="edge-type">
              {direction === "in" && "← "}
              {toRelationLabel(edge.type)}
              {direction === "out" && " →"}
            </span>{" "}
            <button type="button" className="link-button" onClick={() => onSelect(otherId)}>
              {other && <KindIcon kind={other.kind} />}
              {other?.name ?? toFallbackName(otherId)}
            </button>
          </p>
          {(edge.frequency || edge.evoking) && (
            <p className="edge-meta">
              {edge.frequency && <span>Frequency: {edge.frequency}</span>}
              {edge.evoking && <span>Evoking strength: {edge.evoking}</span>}
            </p>
          )}
          {edge.note && <p className="edge-note">{edge.note}</p>}
          <EvidenceList evidence={edge.evidence} />
        </li>
      ))}
    </ol>
  );
}
