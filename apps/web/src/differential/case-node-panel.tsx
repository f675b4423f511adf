"use client";

import { type ReactNode, useMemo } from "react";
import { describeError } from "../api/graphql";
import { NodePanel } from "../explore/node-panel";
import { useNeighborhood } from "../explore/use-neighborhood";

export interface CaseNodePanelProps {
  selectedId: string | null;
  week: number | null;
  expanded: boolean;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  /** Pin, collapse and hide for the node, shared with the explorer. */
  tools?: (id: string) => ReactNode;
}

/** Details of the node selected in the case graph, loaded with its own neighbourhood and evidence. */
export function CaseNodePanel({ selectedId, week, expanded, onSelect, onExpand, tools }: CaseNodePanelProps) {
  const ids = useMemo(() => (selectedId === null ? [] : [selectedId]), [selectedId]);
  const { subgraph, loading, error } = useNeighborhood(ids, week);
  if (error !== null) {
    return (
      <aside className="panel" aria-label="Node details">
        <p role="alert" className="alert">
          {describeError(error)}
        </p>
      </aside>
    );
  }
  if (!subgraph || selectedId === null) {
    return (
      <aside className="panel" aria-label="Node details">
        <p className="muted">
          {loading
            ? "Loading…"
            : "Select a node in the graph or the table to see its summary, sources and safety."}
        </p>
      </aside>
    );
  }
  return (
    <NodePanel
      subgraph={subgraph}
      selectedId={selectedId}
      expanded={expanded}
      busy={loading}
      week={week}
      onSelect={onSelect}
      onExpand={onExpand}
      tools={tools}
    />
  );
}
