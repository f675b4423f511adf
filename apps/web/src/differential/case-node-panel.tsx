"use client";

import { type ReactNode, useMemo } from "react";
import { NodePanel } from "../explore/node-panel";
import { useNeighborhood } from "../explore/use-neighborhood";
import { CasePanelNotice } from "./case-panel-notice";

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
  if (error !== null || !subgraph || selectedId === null) {
    return (
      <CasePanelNotice
        label="Node details"
        error={error}
        message={
          loading
            ? "Loading…"
            : "Select a node in the graph or the table to see its summary, sources and safety."
        }
      />
    );
  }
  // NodePanel's props are alike in shape to neighbourhood-view's GraphToolbar call; different components.
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
