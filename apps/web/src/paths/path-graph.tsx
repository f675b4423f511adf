"use client";

import type {
  Core,
  ElementDefinition,
  EventObject,
  LayoutOptions,
  Position,
  StylesheetJson,
} from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { registerLayouts } from "../graph-kit/layout-engine";
import { placeNewNodes } from "../graph-kit/placement";
import { ZoomControls } from "../graph-kit/zoom-controls";
import type { StepTarget } from "./connectivity";

export interface PathGraphProps {
  elements: ElementDefinition[];
  /** One object per page: react-cytoscapejs re-applies the stylesheet whenever it changes. */
  stylesheet: StylesheetJson;
  /** Taps on nodes and relationships; the builder adds them as steps. */
  onTap?: (target: StepTarget) => void;
  /** "walk" places nodes where the presenter says (see toWalkPositions); "force" suits the builder. */
  layout?: { name: "force" } | { name: "walk"; positions: Readonly<Record<string, Position>> };
}

function layoutOptions(layout: NonNullable<PathGraphProps["layout"]>, randomize: boolean): LayoutOptions {
  if (layout.name === "walk")
    return { name: "preset", fit: true, padding: 60, positions: { ...layout.positions } };
  // Force-directed, started from the current positions when the graph only grew.
  // cytoscape-fcose's options are not in Cytoscape's own LayoutOptions union.
  return {
    name: "fcose",
    animate: false,
    randomize,
    fit: true,
    padding: 40,
    quality: "default",
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000,
  } as LayoutOptions;
}

/**
 * A path drawing: mounts Cytoscape, lays the elements out when the set changes (class and label
 * changes only restyle) and reports taps. The core is `window.cy`, the test hook the explorer uses.
 */
export default function PathGraph({
  elements,
  stylesheet,
  onTap,
  layout = { name: "force" },
}: PathGraphProps) {
  const cyRef = useRef<Core | null>(null);
  const drawn = useRef<ReadonlySet<string>>(new Set());
  const [laidOut, setLaidOut] = useState(0);
  const tapRef = useRef(onTap);
  const layoutRef = useRef(layout);
  useEffect(() => {
    tapRef.current = onTap;
    layoutRef.current = layout;
  });

  const bindCore = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    window.cy = cy;
    registerLayouts();
    cy.on("tap", "node", (event: EventObject) =>
      tapRef.current?.({ nodeId: event.target.id(), edgeId: null }),
    );
    cy.on("tap", "edge", (event: EventObject) =>
      tapRef.current?.({ nodeId: null, edgeId: event.target.id() }),
    );
  }, []);

  const elementKey = elements
    .map((element) => element.data.id)
    .sort()
    .join("\n");

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || elementKey === "") return;
    const grown = placeNewNodes(cy, drawn.current);
    drawn.current = new Set(cy.nodes().map((node) => node.id()));
    cy.layout(layoutOptions(layoutRef.current, !grown)).run();
    setLaidOut((count) => count + 1);
  }, [elementKey]);

  return (
    <div className="path-graph" data-testid="path-graph" data-layout-runs={laidOut}>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        cy={bindCore}
        className="path-graph-canvas"
        minZoom={0.2}
        maxZoom={3}
        boxSelectionEnabled={false}
        autounselectify
      />
      <ZoomControls getCore={() => cyRef.current} />
    </div>
  );
}
