import Link from "next/link";
import type { ReactNode } from "react";
import type { Subgraph } from "../api/types";
import { KindBadge } from "../graph-kit/kind-icon";
import { toIncidentEdges } from "../graph-kit/subgraph";
import { toDetailRows, toSummary } from "../node/node-details";
import { SafetyBadge } from "../safety/safety-badge";
import { toSafetyCheckHref } from "../safety/safety-check";
import { SafetyStatements } from "../safety/safety-statements";
import { EvidenceList } from "../shared/evidence-list";
import { EdgeList } from "./edge-list";

export interface NodePanelProps {
  subgraph: Subgraph;
  selectedId: string | null;
  /** True when the node's neighbourhood is already drawn. */
  expanded: boolean;
  busy: boolean;
  /** The week the safety verdicts are for; null for the whole pregnancy. */
  week?: number | null;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  /** Pin, hide and collapse buttons for the selected node, when the view offers them. */
  tools?: (id: string) => ReactNode;
}

/** Details of the selected node and the quotes behind its relationships. */
export function NodePanel({
  subgraph,
  selectedId,
  expanded,
  busy,
  week = null,
  onSelect,
  onExpand,
  tools,
}: NodePanelProps) {
  const node = subgraph.nodes.find((candidate) => candidate.id === selectedId);
  if (!node) {
    return (
      <aside className="panel" aria-label="Node details">
        <p className="muted">Select a node in the graph or the table to see its details and evidence.</p>
      </aside>
    );
  }

  const summary = toSummary(node);
  const edges = toIncidentEdges(subgraph, node.id);

  return (
    <aside className="panel" aria-label="Node details" data-testid="node-panel">
      <header className="panel-header">
        <KindBadge kind={node.kind} />
        <h2 className="panel-title">{node.name}</h2>
        {node.aliases.length > 0 && <p className="aliases">Also: {node.aliases.join(", ")}</p>}
        <p className="aliases">
          <Link href={`/node/${encodeURIComponent(node.id)}`}>Open the page for {node.name}</Link>
        </p>
        <button
          type="button"
          className="button"
          disabled={expanded || busy}
          onClick={() => onExpand(node.id)}
        >
          {expanded ? "Expanded" : "Expand"}
        </button>
        {tools?.(node.id)}
      </header>
      {summary && <p className="summary">{summary}</p>}
      {"safety" in node && node.safety && (
        <section data-testid="node-safety">
          <h3 className="panel-subtitle">Safety in pregnancy</h3>
          <p>
            <SafetyBadge level={node.safety.level} week={week} long />
          </p>
          <SafetyStatements
            safety={node.safety}
            names={new Map(subgraph.nodes.map((other) => [other.id, other.name]))}
          />
          <p className="small">
            <Link href={toSafetyCheckHref(node.id, week)}>Open {node.name} in the safety checker</Link>
          </p>
        </section>
      )}
      <dl className="details">
        {toDetailRows(node).map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              {row.href ? (
                <a href={row.href} rel="noreferrer noopener" target="_blank">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {node.kind === "CONDITION" && node.evidence.length > 0 && (
        <section>
          <h3 className="panel-subtitle">Evidence for the summary</h3>
          <EvidenceList evidence={node.evidence} />
        </section>
      )}
      <section>
        <h3 className="panel-subtitle">Relationships and their sources ({edges.length})</h3>
        <EdgeList edges={edges} onSelect={onSelect} />
      </section>
    </aside>
  );
}
