"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { describeError } from "../api/graphql";
import { CLUSTER_THRESHOLD, type ClusterMode, toElements } from "../graph-kit/elements";
import { GraphLegend } from "../graph-kit/graph-legend";
import { GraphTable } from "../graph-kit/graph-table";
import { LayoutSelect } from "../graph-kit/layout-select";
import type { LayoutName } from "../graph-kit/layouts";
import { createStylesheet } from "../graph-kit/style";
import { useViewHistory } from "../graph-kit/use-view-history";
import { EMPTY_VIEW, toHiddenIds } from "../graph-kit/view-history";
import { HistoryControls, NodeTools } from "../graph-kit/view-tools";
import { EdgePanel } from "./edge-panel";
import { NodePanel } from "./node-panel";
import { useNeighborhood } from "./use-neighborhood";

// Cytoscape needs a real DOM and canvas, so the graph is rendered in the browser only.
const GraphCanvas = dynamic(() => import("../graph-kit/graph-canvas"), {
  ssr: false,
  loading: () => <p className="muted stage-message">Loading the graph viewer…</p>,
});

// One stylesheet object for the page's life: react-cytoscapejs re-applies it whenever the reference changes.
const STYLESHEET = createStylesheet();

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
  const { history, act, undo, redo } = useViewHistory(graphView, setGraphView);
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
  return (
    <>
      <div className="toolbar">
        <p className="graph-status" aria-live="polite">
          {loading && "Loading…"}
          {!loading && subgraph && `${subgraph.nodes.length} nodes · ${subgraph.edges.length} relationships`}
          {!loading && hiddenCount > 0 && ` · ${hiddenCount} hidden`}
          {!loading && subgraph?.truncated && " · showing part of a large neighbourhood"}
        </p>
        <LayoutSelect value={layout} onChange={setLayout} disabled={view === "table"} />
        <HistoryControls history={history} onUndo={undo} onRedo={redo} />
        {hiddenCount > 0 && (
          <button type="button" className="button" onClick={() => act({ type: "show-all" })}>
            Show {hiddenCount} hidden
          </button>
        )}
        {(big || clusterChoice !== null) && (
          <fieldset className="button-group history-controls">
            <legend className="visually-hidden">Group the drawing</legend>
            {(["kind", "condition"] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                className="button"
                aria-pressed={cluster === mode}
                onClick={() => setClusterChoice(cluster === mode ? "none" : mode)}
              >
                Group by {mode}
              </button>
            ))}
          </fieldset>
        )}
        <button
          type="button"
          className="button"
          aria-pressed={view === "table"}
          onClick={() => setView(view === "graph" ? "table" : "graph")}
        >
          {view === "graph" ? "Show as table" : "Show as graph"}
        </button>
      </div>

      <div className="workspace">
        <div className="stage">
          <section
            className="stage-graph"
            hidden={view !== "graph"}
            aria-label="Graph drawing; the table view has the same content as text"
          >
            <GraphCanvas
              // Cytoscape cannot move a drawn node into or out of a group, so grouping redraws.
              key={cluster ?? "flat"}
              elements={elements}
              stylesheet={STYLESHEET}
              selectedId={selectedEdge ? null : selectedId}
              selectedEdgeId={selectedEdge?.id ?? null}
              layout={layout}
              visible={view === "graph"}
              onSelect={(id) => {
                if (!id.startsWith("cluster:")) selectNode(id);
              }}
              onSelectEdge={setSelectedEdgeId}
              onExpand={onExpand}
            />
          </section>
          {view === "table" && subgraph && (
            <GraphTable subgraph={subgraph} selectedId={selectedId} onSelect={selectNode} />
          )}
        </div>
        {subgraph && selectedEdge && (
          <EdgePanel subgraph={subgraph} edge={selectedEdge} onSelect={selectNode} />
        )}
        {subgraph && !selectedEdge && (
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
        )}
      </div>
      <GraphLegend />
    </>
  );
}
