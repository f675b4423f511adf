"use client";

import type { Core, ElementDefinition, EventObject } from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import {
  type DrawnBox,
  GROW_MAX_SHARE,
  isOverflowing,
  type SizingTrial,
  toBoxCentred,
  toDrawnExtent,
  toFitHeight,
  toFitZoom,
  toSizingStep,
} from "./label-fit";
import { createLayoutClient, type LayoutClient, type LayoutResult } from "./layout-client";
import { applyPositions, readLayoutInput } from "./layout-request";
import {
  type CanvasLayout,
  type LayoutName,
  toFitPadding,
  toLayoutKey,
  toWalkPositions,
  type WalkLayout,
} from "./layouts";
import { placeNewNodes } from "./placement";
import { type GraphStyleName, toStylesheet } from "./view-styles";
import { ZoomControls } from "./zoom-controls";
import { toZoomBand, toZoomClass, type ZoomBand } from "./zoom-labels";

/**
 * What each view asks of the one canvas: the explorer and node pages select, expand and click
 * relationships; the case graph adds pins, hidden and folded nodes through its elements' classes;
 * the path builder turns taps into steps without selecting; the presenter only shows its walk.
 */
export interface GraphCanvasProps {
  elements: ElementDefinition[];
  /** Which view's stylesheet draws the elements (view-styles.ts). */
  look: GraphStyleName;
  layout: CanvasLayout;
  selectedId?: string | null;
  /** The relationship whose evidence is shown. */
  selectedEdgeId?: string | null;
  /** False while the table view is shown; the canvas stays mounted to keep its positions. */
  visible?: boolean;
  /** False where a tap is an action rather than a choice (the builder adds a step): nothing is ever selected. */
  selectable?: boolean;
  /**
   * True: as a force-laid graph grows, the nodes already drawn stay put (the explorer, the case
   * graph). False: every node may move, starting from where it is, for drawings that change rather
   * than grow (the builder's neighbours follow the selected step, and nodes fixed since an earlier,
   * smaller drawing would crowd the path's own).
   */
  keepDrawn?: boolean;
  /** A tap on a node, a double tap on one, a tap on a relationship; a view without the handler ignores it. */
  onSelect?: (id: string) => void;
  onExpand?: (id: string) => void;
  onSelectEdge?: (id: string) => void;
  /** Hands the core to the page (exports) once it exists. */
  onCore?: (cy: Core) => void;
  /**
   * True (the case graph): rather than cut off a drawing kept at its labels' least zoom, the canvas
   * grows in height to hold it, up to GROW_MAX_SHARE of the window's height (label-fit.ts); its
   * stylesheet reads the height asked for from the `--fit-height` property.
   */
  growToFit?: boolean;
  /**
   * True while more of the graph is on its way (the case graph's candidates come with the ranking,
   * their tests and treatments in a second request): the first layout waits for it, so the drawing
   * is laid out and drawn once rather than two or three times. Only the first layout waits; the
   * view caps the wait.
   */
  holdFirstLayout?: boolean;
}

/** The layout to draw, the band its labels were measured at, and the least zoom to fit it to. */
interface Settled {
  result: LayoutResult;
  sizing: ZoomBand;
  floor: number;
}

interface LayoutStatus {
  state: "pending" | "running" | "done";
  /** Layouts applied so far; tests wait for it to grow. */
  runs: number;
  ms: number;
  thread: "worker" | "main" | "";
}

/** Marks the elements not yet in the zoom band with it, so the stylesheet sizes or hides their labels. */
function applyZoomBand(cy: Core, band: ZoomBand): boolean {
  const wanted = toZoomClass(band);
  const stale = cy.elements().not(`.${wanted}`);
  if (stale.empty()) return false;
  cy.batch(() => {
    stale.removeClass("zoom-near zoom-mid zoom-far").addClass(wanted);
  });
  return true;
}

/**
 * Cytoscape applies a changed style lazily, when a style property is next read (or the next frame
 * is drawn), and boundingBox() measures labels before it applies it: sizes read before then are the
 * old style's, labels at the old band among them. Reading a style property (public API) applies an
 * element's pending style, so every element is read once here before the sizes are.
 */
function applyPendingStyles(cy: Core) {
  cy.elements().forEach((element) => void element.style("label"));
}

/** The tallest a growing canvas may be: a share of the window, never less than its own height. */
function toGrowMax(cy: Core): number {
  return Math.max(cy.height(), Math.floor(window.innerHeight * GROW_MAX_SHARE));
}

/** Pinned nodes stay where they are: locked against drags, fixed in every layout. */
function lockPinned(cy: Core): string[] {
  cy.nodes().forEach((node) => {
    if (node.hasClass("pinned")) node.lock();
    else node.unlock();
  });
  return cy.nodes(".pinned").map((node) => node.id());
}

/** The walk is placed, not computed, so it needs no worker. */
function toWalkResult(layout: WalkLayout): LayoutResult {
  return { positions: toWalkPositions(layout.order), ms: 0, offThread: false };
}

/**
 * Fits the drawing to its box as cy.fit does, but never below `floor`: the least zoom of the band
 * its layout left room for (label-fit.ts), so the fit never draws labels larger than that room.
 */
function fitView(cy: Core, padding: number, floor: number): boolean {
  const elements = cy.elements();
  if (elements.empty()) return false;
  const box = elements.boundingBox();
  const frame = { width: cy.width(), height: cy.height(), padding };
  const zoom = toFitZoom(box, { ...frame, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() }, floor);
  if (zoom === null) {
    cy.fit(undefined, padding);
    return false;
  }
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 },
  });
  return isOverflowing(box, frame, zoom);
}

/**
 * Asks a growing canvas's box (through `--fit-height`, which its stylesheet reads as a least
 * height) for the height that shows the whole drawing at `floor`, and resizes the core to the box.
 */
function growToFloor(cy: Core, wrap: HTMLElement, padding: number, floor: number) {
  const elements = cy.elements();
  const height = elements.empty() ? 0 : toFitHeight(elements.boundingBox(), floor, padding, toGrowMax(cy));
  wrap.style.setProperty("--fit-height", `${height}px`);
  cy.resize();
}

/**
 * Styles the labels for `band` and reads the layout's input at that size. Held (nothing drawn yet),
 * the batch is ended and opened again to bring the styles up to date; otherwise the drawn band is
 * put back in the same task, so no frame shows the labels at the size measured.
 */
function measureAt(
  cy: Core,
  band: ZoomBand,
  drawnBand: ZoomBand,
  held: boolean,
  input: { name: LayoutName; randomize: boolean; fixed: readonly string[] },
): { request: ReturnType<typeof readLayoutInput>["request"]; boxes: DrawnBox[] } {
  const restyled = applyZoomBand(cy, band);
  if (held && restyled) {
    cy.endBatch();
    cy.startBatch();
  }
  applyPendingStyles(cy);
  const read = readLayoutInput(cy, input.name, input.randomize, input.fixed);
  if (!held && restyled) applyZoomBand(cy, drawnBand);
  return read;
}

/**
 * The one Cytoscape mount of every graph view: applies the elements, lays them out in a worker (or
 * along the presenter's walk), keeps drawn and pinned nodes where they are as the graph grows, and
 * reports taps. The core is `window.cy`, the hook the end-to-end tests read.
 */
export default function GraphCanvas(props: GraphCanvasProps) {
  const {
    elements,
    look,
    layout,
    selectedId = null,
    visible = true,
    selectable = true,
    holdFirstLayout = false,
  } = props;
  const cyRef = useRef<Core | null>(null);
  const clientRef = useRef<LayoutClient | null>(null);
  const drawn = useRef<{ ids: ReadonlySet<string>; layout: string | null }>({
    ids: new Set(),
    layout: null,
  });
  const runId = useRef(0);
  // True from the core's creation until the first layout's positions are applied. The core holds a
  // batch open meanwhile, and Cytoscape draws nothing while it batches: no frame of every node
  // piled at the origin, no fit to that pile, and no full draw thrown away when the layout lands.
  const holding = useRef(false);
  const [status, setStatus] = useState<LayoutStatus>({ state: "pending", runs: 0, ms: 0, thread: "" });
  const [band, setBand] = useState<ZoomBand>("near");
  const bandRef = useRef<ZoomBand>("near");
  // The band the drawn layout left room for, and the least zoom that keeps its labels in that room.
  const [sizedFor, setSizedFor] = useState<ZoomBand | "">("");
  const floorRef = useRef(0);
  // True when the fitted drawing is larger than its box: a hint says to drag.
  const [overflowing, setOverflowing] = useState(false);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  // The latest props, read by the handlers bound once and by the effects keyed on fewer props.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    clientRef.current = createLayoutClient();
    return () => clientRef.current?.dispose();
  }, []);

  const bindCore = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    window.cy = cy;
    cy.startBatch();
    holding.current = true;
    latest.current.onCore?.(cy);
    cy.on("tap", "node", (event: EventObject) => latest.current.onSelect?.(event.target.id()));
    cy.on("dbltap", "node", (event: EventObject) => latest.current.onExpand?.(event.target.id()));
    cy.on("tap", "edge", (event: EventObject) => latest.current.onSelectEdge?.(event.target.id()));
    // Only a change of band touches the elements, and in a frame of its own, so a zoom or a fit
    // after a layout never adds the labels' restyling to the same long task.
    let frame = 0;
    cy.on("zoom", () => {
      if (holding.current) return;
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
    // The hint to drag has served once the view moves: a fit sets it again in the same task.
    cy.on("viewport", () => setOverflowing(false));
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
  const layoutKey = toLayoutKey(layout);
  useEffect(() => {
    const cy = cyRef.current;
    const client = clientRef.current;
    if (!cy || !client || cy.nodes().empty()) return;
    if (holdFirstLayout && drawn.current.layout === null) return;
    const wanted = latest.current.layout;
    const name = typeof wanted === "string" ? wanted : wanted.name;
    const previous = drawn.current;
    applyZoomBand(cy, bandRef.current);
    const pinned = lockPinned(cy);
    // Brings the held batch's styles up to date (labels that changed, the band) before the sizes
    // are read; the batch opens again at once, so no frame is drawn in between.
    if (holding.current) {
      cy.endBatch();
      cy.startBatch();
    }
    const grown = previous.layout === name && placeNewNodes(cy, previous.ids);
    // Grown by a force layout, the nodes already drawn stay put and only the new ones are placed.
    const keep = grown && name === "force" && latest.current.keepDrawn !== false;
    const kept = keep ? [...previous.ids].filter((id) => cy.$id(id).nonempty()) : [];
    const fixed = [...new Set([...pinned, ...kept])];
    drawn.current = { ids: new Set(cy.nodes().map((node) => node.id())), layout: name };
    runId.current += 1;
    const id = runId.current;
    const stale = () => id !== runId.current || cy.destroyed();
    setStatus((current) => ({ ...current, state: "running" }));
    const padding = toFitPadding(wanted);

    // Lays out with the labels measured at the drawn band, predicts the band the fit will end at
    // and, when that differs, lays out again measured at that band (label-fit.ts), so the room
    // each label is given is the room it is drawn in.
    const settle = async (layout: LayoutName): Promise<Settled | null> => {
      const trials: SizingTrial[] = [];
      const laid = new Map<ZoomBand, LayoutResult>();
      let sizing: ZoomBand = bandRef.current;
      let ms = 0;
      for (;;) {
        const input = { name: layout, randomize: !grown, fixed };
        const { request, boxes } = measureAt(cy, sizing, bandRef.current, holding.current, input);
        const result = await client.run(request);
        if (stale()) return null;
        ms += result.ms;
        const positions = toBoxCentred(result.positions, boxes, fixed);
        laid.set(sizing, { ...result, positions });
        const extent = toDrawnExtent(boxes, positions);
        // A growing canvas is fitted in the tallest box it may grow to.
        const frame = {
          width: cy.width(),
          height: latest.current.growToFit ? toGrowMax(cy) : cy.height(),
          padding,
          minZoom: cy.minZoom(),
          maxZoom: cy.maxZoom(),
        };
        trials.push({ sizing, zoom: extent ? toFitZoom(extent, frame) : null });
        const step = toSizingStep(trials);
        if ("next" in step) {
          sizing = step.next;
          continue;
        }
        const chosen = laid.get(step.use) as LayoutResult;
        return { result: { ...chosen, ms }, sizing: step.use, floor: step.floor };
      }
    };

    const computed: Promise<Settled | null> =
      typeof wanted === "string"
        ? settle(wanted)
        : Promise.resolve({ result: toWalkResult(wanted), sizing: bandRef.current, floor: 0 });
    computed.then((settled) => {
      if (!settled || stale()) return;
      const { result, sizing, floor } = settled;
      applyPositions(cy, result.positions);
      // The fit is drawn with the labels at the band measured, as the prediction was.
      applyZoomBand(cy, sizing);
      if (holding.current) {
        holding.current = false;
        cy.endBatch();
      }
      applyPendingStyles(cy);
      floorRef.current = floor;
      const wrap = wrapRef.current;
      if (latest.current.growToFit && wrap) growToFloor(cy, wrap, padding, floor);
      setOverflowing(fitView(cy, padding, floor));
      // The labels' band for the fitted zoom, before the next frame draws it: otherwise that frame
      // draws every label at the old band, and the one after restyles and draws them all again.
      const fitted = toZoomBand(cy.zoom());
      bandRef.current = fitted;
      applyZoomBand(cy, fitted);
      setBand(fitted);
      setSizedFor(sizing);
      setStatus((current) => ({
        state: "done",
        runs: current.runs + 1,
        ms: Math.round(result.ms),
        thread: result.offThread ? "worker" : "main",
      }));
    });
  }, [elementKey, layoutKey, holdFirstLayout]);

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
    // Before the first layout there is nothing placed to fit; the layout fits when it lands.
    if (!holding.current) setOverflowing(fitView(cy, toFitPadding(latest.current.layout), floorRef.current));
  }, [visible]);

  // A drawing laid out while its box was hidden (a closed tab on a phone) is fitted when it shows.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || typeof ResizeObserver === "undefined") return;
    let wasEmpty = wrap.clientWidth === 0;
    const observer = new ResizeObserver(() => {
      const cy = cyRef.current;
      const empty = wrap.clientWidth === 0 || wrap.clientHeight === 0;
      if (cy && !cy.destroyed() && !empty) {
        cy.resize();
        if (wasEmpty && !holding.current)
          setOverflowing(fitView(cy, toFitPadding(latest.current.layout), floorRef.current));
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
      data-labels-sized-for={sizedFor}
      data-overflow={overflowing}
    >
      <CytoscapeComponent
        elements={elements}
        stylesheet={toStylesheet(look)}
        cy={bindCore}
        className="graph-canvas"
        minZoom={0.15}
        maxZoom={3}
        boxSelectionEnabled={false}
        autounselectify={!selectable}
      />
      <ZoomControls
        getCore={() => cyRef.current}
        // "Fit" is asked for: the whole drawing, even below the zoom its labels were laid out for
        // (they are hidden there, as at any zoom below their band); the load's own fit keeps them.
        fit={(cy) => {
          cy.fit(undefined, toFitPadding(latest.current.layout));
          setOverflowing(false);
        }}
      />
      {overflowing && status.state === "done" && (
        <p className="graph-overflow-hint no-print">
          Part of the graph is outside this frame: drag to see the rest, or zoom out with −.
        </p>
      )}
      {status.state === "running" && (
        <p className="layout-status" aria-live="polite">
          Arranging the graph…
        </p>
      )}
    </div>
  );
}
