import type { LayoutPositions } from "./layouts";
import { toZoomBand, ZOOM_THRESHOLDS, type ZoomBand } from "./zoom-labels";

/**
 * A layout leaves room for each node's label at the size the stylesheet draws it, and that size
 * depends on the zoom band (zoom-labels.ts: 11 px near, 18 px mid-way, hidden but for a few on the
 * overview), while the zoom is the fit of the laid-out drawing to its box. So the band the labels
 * are measured at before a layout must be the band the fit of that layout ends at; otherwise a
 * drawing laid out for 11 px labels and fitted to a zoom of about 0.47 draws them at 18 px and
 * neighbouring labels collide. This module predicts the fitted zoom of a layout before it is drawn
 * and decides which band to lay out for next, or which layout to draw and at what least zoom.
 */

/** Where a node's drawn box (its body and label) lies round its position, as offsets from it. */
export interface DrawnBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FitFrame {
  /** The canvas's size in pixels. */
  width: number;
  height: number;
  /** The room left round the drawing (cy.fit's padding). */
  padding: number;
  /** The core's zoom range. */
  minZoom: number;
  maxZoom: number;
}

/** The box round every node's drawn box at the given positions; null when no node is placed. */
export function toDrawnExtent(boxes: readonly DrawnBox[], positions: LayoutPositions): Box | null {
  let extent: Box | null = null;
  for (const box of boxes) {
    const at = positions[box.id];
    if (!at) continue;
    const x1 = at.x + box.x1;
    const y1 = at.y + box.y1;
    const x2 = at.x + box.x2;
    const y2 = at.y + box.y2;
    extent = extent
      ? {
          x1: Math.min(extent.x1, x1),
          y1: Math.min(extent.y1, y1),
          x2: Math.max(extent.x2, x2),
          y2: Math.max(extent.y2, y2),
        }
      : { x1, y1, x2, y2 };
  }
  return extent;
}

/**
 * The zoom cy.fit gives the box (Cytoscape's getFitViewport), raised to `floor` when that is higher;
 * null when the canvas or the box has no size (a hidden canvas cannot be fitted).
 */
export function toFitZoom(box: Box, frame: FitFrame, floor = 0): number | null {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  if (!(frame.width > 0 && frame.height > 0 && w > 0 && h > 0)) return null;
  const fit = Math.min((frame.width - 2 * frame.padding) / w, (frame.height - 2 * frame.padding) / h);
  return Math.min(frame.maxZoom, Math.max(frame.minZoom, fit, floor));
}

/** The least zoom of each band: a drawing kept at or above it keeps that band's labels. */
export const BAND_FLOOR: Record<ZoomBand, number> = {
  near: ZOOM_THRESHOLDS.mid,
  mid: ZOOM_THRESHOLDS.far,
  far: 0,
};

/**
 * How much larger than its box a drawing may be drawn (at the mid band's least zoom) to keep its
 * labels, rather than show the overview with them hidden: up to 30 %, the outermost nodes left for
 * a pan. The vignette's case graph (38 nodes) laid out for mid-way labels fits at 0.37-0.40 on a
 * 1440 x 960 page, so it is drawn at 0.45 with every label, 13-20 % larger than its box.
 */
export const MAX_OVERFLOW = 1.3;

/** One layout tried: the band its labels were measured at, and the zoom its fit ends at. */
export interface SizingTrial {
  sizing: ZoomBand;
  /** Null when the canvas has no size. */
  zoom: number | null;
}

export type SizingStep =
  /** Lay out again with the labels measured at this band. */
  | { next: ZoomBand }
  /** Draw the layout measured at `use`, fitted but never below `floor`. */
  | { use: ZoomBand; floor: number };

/**
 * After each layout tried, what to do: draw one whose fit ends in the band it was measured at; or
 * lay out again measured at the band the last one's fit ends at. When no band is its own fit's
 * (laid out for 11 px labels the drawing fits mid-way, where they are drawn at 18 px; laid out for
 * 18 px it fits only the overview, where they are hidden), the mid-way layout is drawn at the mid
 * band's least zoom, a little larger than its box, so every label is drawn, in the room the layout
 * left for it. A drawing that would overflow its box by more than MAX_OVERFLOW to keep its labels
 * (a large graph) is the overview. One layout whenever the band does not change, at most three.
 */
export function toSizingStep(trials: readonly SizingTrial[]): SizingStep {
  const bandOf = (trial: SizingTrial) => (trial.zoom === null ? trial.sizing : toZoomBand(trial.zoom));
  const find = (sizing: ZoomBand) => trials.find((trial) => trial.sizing === sizing);
  // How much too large for its box a drawing fitted at `zoom` is at the mid band's least zoom.
  const keepsLabels = (zoom: number) => ZOOM_THRESHOLDS.far / zoom <= MAX_OVERFLOW;
  const last = trials.at(-1);
  if (!last) return { next: "near" };
  // A hidden canvas: nothing to fit, so nothing to keep; it is fitted when it shows.
  if (last.zoom === null) return { use: last.sizing, floor: 0 };
  const fixed = trials.find((trial) => bandOf(trial) === trial.sizing);
  if (fixed) return { use: fixed.sizing, floor: BAND_FLOOR[fixed.sizing] };
  const mid = find("mid");
  if (mid?.zoom != null) {
    // Laid out for the larger labels it fits nearer: they are drawn smaller than their room.
    if (bandOf(mid) === "near") return { use: "mid", floor: 0 };
    // It fits only the overview: kept mid-way when that is not much larger than its box.
    return keepsLabels(mid.zoom) ? { use: "mid", floor: ZOOM_THRESHOLDS.far } : { use: "mid", floor: 0 };
  }
  const near = find("near");
  if (near?.zoom != null && bandOf(near) === "far") {
    // Even with room for 11 px labels only the overview fits: a large graph, unless it is close.
    return keepsLabels(near.zoom) ? { next: "mid" } : { use: "near", floor: 0 };
  }
  const wanted = bandOf(last);
  if (!find(wanted)) return { next: wanted };
  // Not reached by the bands as they are ordered; draw the last layout as it fits.
  return { use: last.sizing, floor: 0 };
}

/**
 * A layout centres the room it leaves for each node (body and label) on the node's position, but
 * the label hangs below the body; moving each node by its box's offset puts its drawn box exactly
 * on that room, so a tall label cannot reach the node under it. Fixed nodes stay where they are.
 */
export function toBoxCentred(
  positions: LayoutPositions,
  boxes: readonly DrawnBox[],
  fixed: readonly string[] = [],
): LayoutPositions {
  const keep = new Set(fixed);
  const moved: LayoutPositions = { ...positions };
  for (const box of boxes) {
    const at = positions[box.id];
    if (!at || keep.has(box.id)) continue;
    moved[box.id] = { x: at.x - (box.x1 + box.x2) / 2, y: at.y - (box.y1 + box.y2) / 2 };
  }
  return moved;
}

/**
 * How tall a canvas that may grow (the case graph's) is allowed to be, as a share of the window's
 * height: the whole canvas still fits on the screen with the page scrolled to it. 85 % was too
 * little for the vignette's 38 nodes on a 1440 x 960 page: laid out for mid-way labels, its drawing
 * is 1,726 px tall, so 777 px at the mid band's least zoom, 837 px with the fit's padding; 85 % is 816.
 */
export const GROW_MAX_SHARE = 0.9;

/**
 * The height a canvas must have to show the whole drawing `box` at `floor` (the least zoom of the
 * band its labels were laid out for) with the fit's padding; at most `max`. Zero when there is no
 * floor (the drawing is simply fitted) or nothing to draw: the canvas keeps its own height. A
 * canvas already taller than this keeps its height; one wider than its box is not helped by height.
 */
export function toFitHeight(box: Box, floor: number, padding: number, max: number): number {
  const h = box.y2 - box.y1;
  if (!(floor > 0 && h > 0 && max > 0)) return 0;
  return Math.min(Math.ceil(h * floor + 2 * padding), Math.floor(max));
}

/**
 * True when the drawing fitted at `zoom` is larger than its canvas (kept at a band's least zoom
 * rather than shrunk further, label-fit.ts), so some of it lies outside and needs a drag to be seen.
 */
export function isOverflowing(
  box: Box,
  frame: Pick<FitFrame, "width" | "height" | "padding">,
  zoom: number,
): boolean {
  const w = (box.x2 - box.x1) * zoom;
  const h = (box.y2 - box.y1) * zoom;
  if (!(frame.width > 0 && frame.height > 0)) return false;
  // Half a pixel for rounding; the padding may be eaten into, the drawing may not be cut.
  return w > frame.width + 0.5 || h > frame.height + 0.5;
}
