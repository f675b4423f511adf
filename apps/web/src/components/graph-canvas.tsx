"use client";

import type { Core, ElementDefinition, EventObject } from "cytoscape";
import { useCallback, useEffect, useRef } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { type LayoutName, toLayoutOptions } from "../graph/layouts";
import { placeNewNodes } from "../graph/placement";
import { createStylesheet } from "../graph/style";

// One stylesheet object for the page's life: react-cytoscapejs re-applies it whenever the reference changes.
const STYLESHEET = createStylesheet();

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  focusIds: readonly string[];
  selectedId: string | null;
  layout: LayoutName;
  /** False while the table view is shown; the canvas stays mounted to keep its positions. */
  visible: boolean;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
}

/** Mounts Cytoscape, applies the elements, runs layouts and reports taps; draws nothing itself. */
export default function GraphCanvas(props: GraphCanvasProps) {
  const { elements, focusIds, selectedId, layout, visible } = props;
  const cyRef = useRef<Core | null>(null);
  const drawn = useRef<ReadonlySet<string>>(new Set());
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  const bindCore = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    window.cy = cy;
    cy.on("tap", "node", (event: EventObject) => handlers.current.onSelect(event.target.id()));
    cy.on("dbltap", "node", (event: EventObject) => handlers.current.onExpand(event.target.id()));
  }, []);

  const elementKey = elements.map((element) => element.data.id).join("\n");

  // Lay out again only when the set of elements or the layout changes, not on every render.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const grown = placeNewNodes(cy, drawn.current);
    drawn.current = new Set(cy.nodes().map((node) => node.id()));
    if (cy.nodes().nonempty()) cy.layout(toLayoutOptions(layout, { focusIds, randomize: !grown })).run();
  }, [elementKey, layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect();
      cy.edges().removeClass("incident");
      if (selectedId === null) return;
      const node = cy.$id(selectedId);
      node.select();
      node.connectedEdges().addClass("incident");
    });
  }, [selectedId, elementKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !visible) return;
    cy.resize();
    cy.fit(undefined, 40);
  }, [visible]);

  return (
    <div className="graph-canvas-wrap">
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        cy={bindCore}
        className="graph-canvas"
        minZoom={0.2}
        maxZoom={3}
        boxSelectionEnabled={false}
      />
      <button
        type="button"
        className="button button-small fit-button"
        onClick={() => cyRef.current?.fit(undefined, 40)}
      >
        Fit
      </button>
    </div>
  );
}
