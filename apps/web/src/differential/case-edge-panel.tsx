"use client";

import { useMemo } from "react";
import { EdgePanel } from "../explore/edge-panel";
import { useNeighborhood } from "../explore/use-neighborhood";
import { CasePanelNotice } from "./case-panel-notice";

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
  const between =
    subgraph?.edges.filter(
      (edge) =>
        (edge.source === source && edge.target === target) ||
        (edge.source === target && edge.target === source),
    ) ?? [];
  if (error !== null || !subgraph || between.length === 0) {
    return (
      <CasePanelNotice
        label="Relationship details"
        testId="edge-panel"
        error={error}
        message={
          loading || !subgraph ? "Loading…" : "No relationship between these two is recorded in the graph."
        }
      />
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
