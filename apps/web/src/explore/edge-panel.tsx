import type { GraphEdge, Subgraph } from "../api/types";
import { isArguingAgainst, toRelationLabel } from "../graph-kit/elements";
import { toNodeName } from "../graph-kit/subgraph";
import { EvidenceList } from "../shared/evidence-list";

export interface EdgePanelProps {
  subgraph: Pick<Subgraph, "nodes">;
  edge: GraphEdge;
  onSelect: (id: string) => void;
}

/** A clicked relationship: its two ends by name, how often, and the quoted evidence with sources. */
export function EdgePanel({ subgraph, edge, onSelect }: EdgePanelProps) {
  const source = toNodeName(subgraph, edge.source);
  const target = toNodeName(subgraph, edge.target);
  const relation = isArguingAgainst(edge)
    ? `never ${toRelationLabel(edge.type)}`
    : toRelationLabel(edge.type);
  return (
    <aside className="panel" aria-label="Relationship details" data-testid="edge-panel">
      <header className="panel-header">
        <p className="kind-badge">Relationship</p>
        <h2 className="panel-title">
          {source} → {relation} → {target}
        </h2>
      </header>
      <p>
        <button type="button" className="link-button" onClick={() => onSelect(edge.source)}>
          Show {source}
        </button>{" "}
        ·{" "}
        <button type="button" className="link-button" onClick={() => onSelect(edge.target)}>
          Show {target}
        </button>
      </p>
      {(edge.frequency || edge.evoking || edge.note) && (
        <dl className="details">
          {edge.frequency && (
            <div>
              <dt>How often</dt>
              <dd>{edge.frequency}</dd>
            </div>
          )}
          {edge.evoking && (
            <div>
              <dt>Points to it</dt>
              <dd>{edge.evoking}</dd>
            </div>
          )}
          {edge.note && (
            <div>
              <dt>Note</dt>
              <dd>{edge.note}</dd>
            </div>
          )}
        </dl>
      )}
      <section>
        <h3 className="panel-subtitle">Evidence ({edge.evidence.length})</h3>
        <EvidenceList evidence={edge.evidence} />
      </section>
    </aside>
  );
}
