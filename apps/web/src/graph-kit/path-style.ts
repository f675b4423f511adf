import type { StylesheetJson, StylesheetJsonBlock } from "cytoscape";
import { createStylesheet, HIGHLIGHT } from "./style";

/**
 * Builder: every step is "in-path" and the selected one "step-current". Presenter: steps before the
 * current one are "step-visited" (the path so far), later ones "step-upcoming" and unnumbered, so
 * the drawing does not give the walk away.
 */
export type PathGraphMode = "builder" | "presenter";

/** The path's own colour, in the drawing and in its legend. */
export const PATH_COLOUR = "#0f3d5c";
const CURRENT = "#111827";

/**
 * How the path shows in the drawing. Colour is never the only carrier: the current step is the
 * largest, thickest-bordered element, the path so far has a double border and step numbers, steps
 * still to come are faded and unnumbered (the legend says the same in words).
 */
const PATH_RULES: StylesheetJsonBlock[] = [
  {
    selector: "node.in-path",
    style: { width: 32, height: 32, "border-width": 3, "border-color": PATH_COLOUR, "font-weight": "bold" },
  },
  {
    selector: "edge.in-path",
    style: { width: 3, "line-color": PATH_COLOUR, "target-arrow-color": PATH_COLOUR, color: PATH_COLOUR },
  },
  { selector: "node.step-visited", style: { "border-style": "double", "border-width": 7 } },
  { selector: "edge.step-visited", style: { width: 4 } },
  { selector: ".step-upcoming", style: { opacity: 0.4 } },
  { selector: "edge.step-upcoming", style: { "line-style": "dotted" } },
  { selector: "node.reached-end", style: { opacity: 1 } },
  {
    selector: "node.current-end",
    style: { opacity: 1, "border-width": 4, "border-color": CURRENT, "font-weight": "bold" },
  },
  {
    selector: "node.step-current",
    style: {
      width: 48,
      height: 48,
      "border-width": 6,
      "border-color": CURRENT,
      "underlay-color": HIGHLIGHT,
      "underlay-opacity": 0.55,
      "underlay-padding": 10,
      "font-size": 14,
      "font-weight": "bold",
      "z-index": 30,
    },
  },
  {
    selector: "edge.step-current",
    style: {
      width: 7,
      "line-color": CURRENT,
      "target-arrow-color": CURRENT,
      "arrow-scale": 1.3,
      "font-size": 12,
      "font-weight": "bold",
      color: CURRENT,
      "underlay-color": HIGHLIGHT,
      "underlay-opacity": 0.55,
      "underlay-padding": 6,
      "z-index": 30,
    },
  },
];

/** Faded context: in the presenter only; the builder's neighbours are candidates for the next step. */
const PRESENTER_RULES: StylesheetJsonBlock[] = [{ selector: ".off-path", style: { opacity: 0.45 } }];

/** The stylesheet of a path drawing; build it once per page (react-cytoscapejs re-applies new ones). */
export function createPathStylesheet(mode: PathGraphMode): StylesheetJson {
  return createStylesheet(mode === "presenter" ? [...PRESENTER_RULES, ...PATH_RULES] : PATH_RULES);
}
