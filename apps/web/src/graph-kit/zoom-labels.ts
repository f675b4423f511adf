import type { StylesheetJsonBlock } from "cytoscape";

/** How close the reader is: near reads every label, mid enlarges node labels, far is the overview. */
export type ZoomBand = "near" | "mid" | "far";

/** Below these zoom levels labels grow (mid), then all but the focused nodes' go (far). */
export const ZOOM_THRESHOLDS = { mid: 0.8, far: 0.45 } as const;

/** Rendered text smaller than this is never drawn: Cytoscape hides it rather than show a smudge. */
export const MIN_LEGIBLE_PX = 7;

export function toZoomBand(zoom: number): ZoomBand {
  if (zoom < ZOOM_THRESHOLDS.far) return "far";
  if (zoom < ZOOM_THRESHOLDS.mid) return "mid";
  return "near";
}

export function toZoomClass(band: ZoomBand): string {
  return `zoom-${band}`;
}

/**
 * Labels that stay legible at every zoom (issue 17). Node text grows as the drawing shrinks, so it
 * is drawn at about 8 px or more down to the overview threshold; edge labels go first; on the
 * overview only the focused, selected, hovered and pinned nodes, and a teaching path's steps, keep a
 * (large) label.
 */
export function zoomRules(): StylesheetJsonBlock[] {
  return [
    { selector: "node.zoom-mid", style: { "font-size": 18, "text-max-width": "200px" } },
    { selector: "edge.zoom-mid, edge.zoom-far", style: { label: "" } },
    { selector: "node.zoom-far", style: { label: "" } },
    {
      selector:
        "node.zoom-far.focus, node.zoom-far:selected, node.zoom-far.hover, node.zoom-far.pinned, node.zoom-far.in-path",
      style: { label: "data(label)", "font-size": 26, "text-max-width": "260px" },
    },
  ];
}
