"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { toElements } from "../graph/elements";
import type { LayoutName } from "../graph/layouts";
import { createStylesheet } from "../graph/style";
import { useNeighborhood } from "../hooks/use-neighborhood";
import { describeError } from "../lib/graphql";
import { GraphLegend } from "./graph-legend";
import { GraphTable } from "./graph-table";
import { LayoutSelect } from "./layout-select";
import { NodePanel } from "./node-panel";

// Cytoscape needs a real DOM and canvas, so the graph is rendered in the browser only.
const GraphCanvas = dynamic(() => import("./graph-canvas"), {
  ssr: false,
  loading: () => <p className="muted stage-message">Loading the graph viewer…</p>,
});

// One stylesheet object for the page's life: react-cytoscapejs re-applies it whenever the reference changes.
const STYLESHEET = createStylesheet();

export interface NeighbourhoodViewProps {
  /** The nodes whose depth-1 neighbourhoods are drawn. */
  focusIds: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
}

/** A neighbourhood drawing with its toolbar, table view and details panel (explorer, node pages). */
export function NeighbourhoodView({ focusIds, selectedId, onSelect, onExpand }: NeighbourhoodViewProps) {
  const { subgraph, loading, error } = useNeighborhood(focusIds);
  const [view, setView] = useState<"graph" | "table">("graph");
  const [layout, setLayout] = useState<LayoutName>("force");
  const elements = useMemo(() => (subgraph ? toElements(subgraph, { focusIds }) : []), [subgraph, focusIds]);

  if (error !== null) {
    return (
      <div role="alert" className="alert">
        <strong>Could not load the graph.</strong> {describeError(error)}
      </div>
    );
  }
  if (subgraph === null && !loading) return null;

  return (
    <>
      <div className="toolbar">
        <p className="graph-status" aria-live="polite">
          {loading && "Loading…"}
          {!loading && subgraph && `${subgraph.nodes.length} nodes · ${subgraph.edges.length} relationships`}
          {!loading && subgraph?.truncated && " · showing part of a large neighbourhood"}
        </p>
        <LayoutSelect value={layout} onChange={setLayout} disabled={view === "table"} />
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
              elements={elements}
              stylesheet={STYLESHEET}
              selectedId={selectedId}
              layout={layout}
              visible={view === "graph"}
              onSelect={onSelect}
              onExpand={onExpand}
            />
          </section>
          {view === "table" && subgraph && (
            <GraphTable subgraph={subgraph} selectedId={selectedId} onSelect={onSelect} />
          )}
        </div>
        {subgraph && (
          <NodePanel
            subgraph={subgraph}
            selectedId={selectedId}
            expanded={selectedId !== null && focusIds.includes(selectedId)}
            busy={loading}
            onSelect={onSelect}
            onExpand={onExpand}
          />
        )}
      </div>
      <GraphLegend />
    </>
  );
}
