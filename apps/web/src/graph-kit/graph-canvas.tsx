"use client";

import type { Core, ElementDefinition, EventObject, StylesheetJson } from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { createLayoutClient, type LayoutClient } from "./layout-client";
import { applyPositions, toLayoutRequest } from "./layout-request";
import type { LayoutName } from "./layouts";
import { placeNewNodes } from "./placement";
import { ZoomControls } from "./zoom-controls";
import { toZoomBand, toZoomClass, type ZoomBand } from "./zoom-labels";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  /** Keep one object per page: react-cytoscapejs re-applies the stylesheet whenever it changes. */
  stylesheet: StylesheetJson;
  layout: LayoutName;
  selectedId: string | null;
  /** False while the table view is shown; the canvas stays mounted to keep its positions. */
  visible: boolean;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  /** The relationship whose evidence is shown, and what a click on one does; views without it ignore edge clicks. */
  selectedEdgeId?: string | null;
  onSelectEdge?: (id: string) => void;
  /** Hands the core to the page (exports) once it exists. */
  onCore?: (cy: Core) => void;
}

interface LayoutStatus {
  state: "pending" | "running" | "done";
  /** Layouts applied so far; tests wait for it to grow. */
  runs: number;
  ms: number;
  thread: "worker" | "main" | "";
}

/** Marks the elements not yet in the zoom band with it, so the stylesheet sizes or hides their labels. */
function applyZoomBand(cy: Core, band: ZoomBand) {
  const wanted = toZoomClass(band);
  const stale = cy.elements().not(`.${wanted}`);
  if (stale.empty()) return;
  cy.batch(() => {
    stale.removeClass("zoom-near zoom-mid zoom-far").addClass(wanted);
  });
}

/** Pinned nodes stay where they are: locked against drags, fixed in every layout. */
function lockPinned(cy: Core): string[] {
  cy.nodes().forEach((node) => {
    if (node.hasClass("pinned")) node.lock();
    else node.unlock();
  });
  return cy.nodes(".pinned").map((node) => node.id());
}

/** Mounts Cytoscape, applies the elements, lays them out in a worker and reports taps. */
export default function GraphCanvas(props: GraphCanvasProps) {
  const { elements, stylesheet, layout, selectedId, visible } = props;
  const cyRef = useRef<Core | null>(null);
  const clientRef = useRef<LayoutClient | null>(null);
  const drawn = useRef<{ ids: ReadonlySet<string>; layout: LayoutName | null }>({
    ids: new Set(),
    layout: null,
  });
  const runId = useRef(0);
  const [status, setStatus] = useState<LayoutStatus>({ state: "pending", runs: 0, ms: 0, thread: "" });
  const [band, setBand] = useState<ZoomBand>("near");
  const bandRef = useRef<ZoomBand>("near");
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    clientRef.current = createLayoutClient();
    return () => clientRef.current?.dispose();
  }, []);

  const bindCore = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    window.cy = cy;
    handlers.current.onCore?.(cy);
    cy.on("tap", "node", (event: EventObject) => handlers.current.onSelect(event.target.id()));
    cy.on("dbltap", "node", (event: EventObject) => handlers.current.onExpand(event.target.id()));
    cy.on("tap", "edge", (event: EventObject) => handlers.current.onSelectEdge?.(event.target.id()));
    // Only a change of band touches the elements, and in a frame of its own, so a zoom or a fit
    // after a layout never adds the labels' restyling to the same long task.
    let frame = 0;
    cy.on("zoom", () => {
      const next = toZoomBand(cy.zoom());
      if (next === bandRef.current) return;
      bandRef.current = next;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        applyZoomBand(cy, bandRef.current);
        setBand(bandRef.current);
      });
    });
    cy.on("mouseover", "node", (event: EventObject) => {
      event.target.addClass("hover");
      event.target.connectedEdges().addClass("hover");
    });
    cy.on("mouseout", "node", (event: EventObject) => {
      event.target.removeClass("hover");
      event.target.connectedEdges().removeClass("hover");
    });
  }, []);

  const elementKey = elements.map((element) => element.data.id).join("\n");
  const pinKey = elements
    .filter((element) => element.classes?.toString().includes("pinned"))
    .map((element) => element.data.id)
    .join("\n");

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) lockPinned(cy);
  }, [pinKey]);

  // Lay out again only when the set of elements or the layout changes, never on every render.
  useEffect(() => {
    const cy = cyRef.current;
    const client = clientRef.current;
    if (!cy || !client || cy.nodes().empty()) return;
    const previous = drawn.current;
    applyZoomBand(cy, bandRef.current);
    const pinned = lockPinned(cy);
    const grown = previous.layout === layout && placeNewNodes(cy, previous.ids);
    // Grown by a force layout, the nodes already drawn stay put and only the new ones are placed.
    const kept = grown && layout === "force" ? [...previous.ids].filter((id) => cy.$id(id).nonempty()) : [];
    drawn.current = { ids: new Set(cy.nodes().map((node) => node.id())), layout };
    runId.current += 1;
    const id = runId.current;
    setStatus((current) => ({ ...current, state: "running" }));
    client.run(toLayoutRequest(cy, layout, !grown, [...new Set([...pinned, ...kept])])).then((result) => {
      if (id !== runId.current || cy.destroyed()) return;
      applyPositions(cy, result.positions);
      cy.fit(undefined, 30);
      setStatus((current) => ({
        state: "done",
        runs: current.runs + 1,
        ms: Math.round(result.ms),
        thread: result.offThread ? "worker" : "main",
      }));
    });
  }, [elementKey, layout]);

  const selectedEdgeId = props.selectedEdgeId ?? null;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect();
      cy.edges().removeClass("incident");
      if (selectedEdgeId !== null) cy.$id(selectedEdgeId).select();
      if (selectedId === null) return;
      const node = cy.$id(selectedId);
      node.select();
      node.connectedEdges().addClass("incident");
    });
  }, [selectedId, selectedEdgeId, elementKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !visible) return;
    cy.resize();
    cy.fit(undefined, 30);
  }, [visible]);

  // A drawing laid out while its box was hidden (a closed tab on a phone) is fitted when it shows.
  const wrapRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || typeof ResizeObserver === "undefined") return;
    let wasEmpty = wrap.clientWidth === 0;
    const observer = new ResizeObserver(() => {
      const cy = cyRef.current;
      const empty = wrap.clientWidth === 0 || wrap.clientHeight === 0;
      if (cy && !cy.destroyed() && !empty) {
        cy.resize();
        if (wasEmpty) cy.fit(undefined, 30);
      }
      wasEmpty = empty;
    });
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={wrapRef}
      className="graph-canvas-wrap"
      data-testid="graph-canvas"
      data-layout={status.state}
      data-layout-ms={status.ms}
      data-layout-runs={status.runs}
      data-layout-thread={status.thread}
      data-zoom-band={band}
    >
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        cy={bindCore}
        className="graph-canvas"
        minZoom={0.15}
        maxZoom={3}
        boxSelectionEnabled={false}
      />
      <ZoomControls getCore={() => cyRef.current} />
      {status.state === "running" && (
        <p className="layout-status" aria-live="polite">
          Arranging the graph…
        </p>
      )}
    </div>
  );
}
