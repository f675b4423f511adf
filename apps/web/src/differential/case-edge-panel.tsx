"use client";

import { useMemo } from "react";
import { describeError } from "../api/graphql";
import { EdgePanel } from "../explore/edge-panel";
import { useNeighborhood } from "../explore/use-neighborhood";

export interface CaseEdgePanelProps {
  /** The clicked relationship's ends; the case graph's own edges (supports, argues against) stand for the graph's. */
  source: string;
  target: string;
  week: number | null;
  onSelect: (id: string) => void;
}

/** The evidence behind a relationship clicked in the case graph: every graph edge between its two ends. */
export function CaseEdgePanel({ source, target, week, onSelect }: CaseEdgePanelProps) {
  const ids = useMemo(() => [source, target], [source, target]);
  const { subgraph, loading, error } = useNeighborhood(ids, week);
  if (error !== null) {
    return (
      <aside className="panel" aria-label="Relationship details">
        <p role="alert" className="alert">
          {describeError(error)}
        </p>
      </aside>
    );
  }
  const between =
    subgraph?.edges.filter(
      (edge) =>
        (edge.source === source && edge.target === target) ||
        (edge.source === target && edge.target === source),
    ) ?? [];
  if (!subgraph || between.length === 0) {
    return (
      <aside className="panel" aria-label="Relationship details" data-testid="edge-panel">
        <p className="muted">
          {loading || !subgraph ? "Loading…" : "No relationship between these two is recorded in the graph."}
        </p>
      </aside>
    );
  }
  return (
    <div className="edge-panels">
      {between.map((edge) => (
        <EdgePanel key={edge.id} subgraph={subgraph} edge={edge} onSelect={onSelect} />
      ))}
    </div>
  );
}
