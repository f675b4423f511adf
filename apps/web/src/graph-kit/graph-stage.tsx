"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { GraphCanvasProps } from "./graph-canvas";

/** Cytoscape needs a real DOM and canvas, so every view renders the canvas in the browser only. */
export const GraphCanvas = dynamic(() => import("./graph-canvas"), {
  ssr: false,
  loading: () => <p className="muted stage-message">Loading the graph viewer…</p>,
});

export interface GraphStageProps {
  view: "graph" | "table";
  canvas: Omit<GraphCanvasProps, "visible">;
  /** Remounts the canvas when it changes (Cytoscape cannot move a drawn node into or out of a group). */
  canvasKey?: string;
  /** The same content as text, shown instead of the drawing. */
  table: ReactNode;
  /** The details of the selected node or relationship, beside the drawing. */
  panel: ReactNode;
}

/**
 * The frame of the explorer, the node pages and the case graph: the drawing or its table, and the
 * details panel beside them. The canvas stays mounted under the table to keep its positions.
 */
export function GraphStage({ view, canvas, canvasKey, table, panel }: GraphStageProps) {
  return (
    <div className="workspace">
      <div className="stage">
        <section
          className="stage-graph"
          hidden={view !== "graph"}
          aria-label="Graph drawing; the table view has the same content as text"
        >
          <GraphCanvas key={canvasKey} {...canvas} visible={view === "graph"} />
        </section>
        {view === "table" && table}
      </div>
      {panel}
    </div>
  );
}
