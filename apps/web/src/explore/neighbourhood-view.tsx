"use client";

import { useMemo, useState } from "react";
import { describeError } from "../api/graphql";
import { CLUSTER_THRESHOLD, type ClusterMode, toElements } from "../graph-kit/elements";
import { GraphLegend } from "../graph-kit/graph-legend";
import { GraphStage } from "../graph-kit/graph-stage";
import { GraphTable } from "../graph-kit/graph-table";
import type { LayoutName } from "../graph-kit/layouts";
import { useViewHistory } from "../graph-kit/use-view-history";
import { EMPTY_VIEW, toHiddenIds } from "../graph-kit/view-history";
import { GraphToolbar, NodeTools, ToolGroup } from "../graph-kit/view-tools";
import { EdgePanel } from "./edge-panel";
import { NodePanel } from "./node-panel";
import { useNeighborhood } from "./use-neighborhood";

export interface NeighbourhoodViewProps {
  /** The nodes whose depth-1 neighbourhoods are drawn. */
  focusIds: readonly string[];
  /** The week every safety verdict is read at; null for the whole pregnancy. */
  week?: number | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
}

/** A neighbourhood drawing with its toolbar, table view and details panel (explorer, node pages). */
export function NeighbourhoodView({
  focusIds,
  week = null,
  selectedId,
  onSelect,
  onExpand,
}: NeighbourhoodViewProps) {
  const { subgraph, loading, error } = useNeighborhood(focusIds, week);
  const [view, setView] = useState<"graph" | "table">("graph");
  const [layout, setLayout] = useState<LayoutName>("force");
  const [graphView, setGraphView] = useState(EMPTY_VIEW);
  const controls = useViewHistory(graphView, setGraphView);
  const { history, act } = controls;
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | null>(null);
  // null: grouped by kind automatically once the drawing is big; a click decides for the reader.
  const [clusterChoice, setClusterChoice] = useState<ClusterMode | "none" | null>(null);

  const hiddenIds = useMemo(
    () => (subgraph ? toHiddenIds(history.present, subgraph.edges, focusIds) : new Set<string>()),
    [subgraph, history.present, focusIds],
  );
  const big = (subgraph?.nodes.length ?? 0) > CLUSTER_THRESHOLD;
  const choice = clusterChoice ?? (big ? "kind" : "none");
  const cluster = choice === "none" ? null : choice;
  const elements = useMemo(
    () =>
      subgraph
        ? toElements(subgraph, {
            focusIds,
            hiddenIds,
            pinnedIds: history.present.pinned,
            collapsedIds: history.present.collapsed,
            cluster,
          })
        : [],
    [subgraph, focusIds, hiddenIds, history.present, cluster],
  );
  const selectedEdge = subgraph?.edges.find((edge) => edge.id === selectedEdgeId) ?? null;
  const selectNode = (id: string) => {
    setSelectedEdgeId(null);
    onSelect(id);
  };

  if (error !== null) {
    return (
      <div role="alert" className="alert">
        <strong>Could not load the graph.</strong> {describeError(error)}
      </div>
    );
  }
  if (subgraph === null && !loading) return null;

  const hiddenCount = hiddenIds.size;
  // The toolbar's props are alike in shape to case-node-panel's NodePanel call; different components.
  return (
    <>
      <GraphToolbar
        layout={layout}
        onLayout={setLayout}
        view={view}
        onView={setView}
        controls={controls}
        hiddenCount={hiddenCount}
        status={
          <p className="graph-status" aria-live="polite">
            {loading && "Loading…"}
            {!loading &&
              subgraph &&
              `${subgraph.nodes.length} nodes · ${subgraph.edges.length} relationships`}
            {!loading && hiddenCount > 0 && ` · ${hiddenCount} hidden`}
            {!loading && subgraph?.truncated && " · showing part of a large neighbourhood"}
          </p>
        }
      >
        {(big || clusterChoice !== null) && (
          <ToolGroup
            legend="Group the drawing"
            className="button-group history-controls"
            buttons={(["kind", "condition"] as const).map((mode) => ({
              label: `Group by ${mode}`,
              pressed: cluster === mode,
              onClick: () => setClusterChoice(cluster === mode ? "none" : mode),
            }))}
          />
        )}
      </GraphToolbar>
      <GraphStage
        view={view}
        canvasKey={cluster ?? "flat"}
        canvas={{
          elements,
          look: "explore",
          layout,
          selectedId: selectedEdge ? null : selectedId,
          selectedEdgeId: selectedEdge?.id ?? null,
          onSelect: (id) => {
            if (!id.startsWith("cluster:")) selectNode(id);
          },
          onSelectEdge: setSelectedEdgeId,
          onExpand,
        }}
        table={subgraph && <GraphTable subgraph={subgraph} selectedId={selectedId} onSelect={selectNode} />}
        panel={
          subgraph &&
          (selectedEdge ? (
            <EdgePanel subgraph={subgraph} edge={selectedEdge} onSelect={selectNode} />
          ) : (
            <NodePanel
              subgraph={subgraph}
              selectedId={selectedId}
              expanded={selectedId !== null && focusIds.includes(selectedId)}
              busy={loading}
              week={week}
              onSelect={selectNode}
              onExpand={onExpand}
              tools={(id) => (
                <NodeTools id={id} history={history} canHide={!focusIds.includes(id)} onAct={act} />
              )}
            />
          ))
        }
      />
      <GraphLegend />
    </>
  );
}
