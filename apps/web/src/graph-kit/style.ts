import { type NodeKind, SAFETY_LEVELS } from "@bpx/domain";
import type { StylesheetJson, StylesheetJsonBlock } from "cytoscape";
import { SAFETY_VISUALS, toSafetyPattern } from "../safety/safety";
import { KIND_OUTLINE, KIND_VISUALS, toKindClass, UNRATED_FILL } from "./kinds";
import { MIN_LEGIBLE_PX, zoomRules } from "./zoom-labels";

/** Canvas text cannot use CSS variables, so the page's font stack is repeated here. */
export const GRAPH_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const INK = "#1f2937";
const MUTED = "#64748b";
const EDGE = "#94a3b8";
const AGAINST = "#b91c1c";
const HOVER = "#1d4ed8";
/** Selection and "this step" share one highlight, a blue no safety level uses. */
export const HIGHLIGHT = "#2563eb";

/** The fill, and its pattern, of a node rated for safety; shared by every graph view. */
function safetyRules(): StylesheetJsonBlock[] {
  return SAFETY_LEVELS.map((level) => {
    const pattern = toSafetyPattern(level, 4);
    return {
      selector: `node.safety-${level.toLowerCase()}`,
      style: {
        "background-color": SAFETY_VISUALS[level].color,
        ...(pattern && {
          "background-image": pattern,
          "background-fit": "cover",
          "background-clip": "node",
          "background-image-containment": "over",
        }),
      },
    };
  });
}

/**
 * The Cytoscape stylesheet; pure so it can be tested without a canvas. `extra` rules (the case
 * graph's) go after the kind rules and before selection and hover, which must win over them;
 * `zoomed` rules go right after the zoom bands' own, to change how a view's labels look in a band.
 */
export function createStylesheet(
  extra: StylesheetJsonBlock[] = [],
  zoomed: StylesheetJsonBlock[] = [],
): StylesheetJson {
  const kindRules = (Object.keys(KIND_VISUALS) as NodeKind[]).map((kind) => ({
    selector: `node.${toKindClass(kind)}`,
    style: { shape: KIND_VISUALS[kind].shape },
  }));

  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-family": GRAPH_FONT,
        "font-size": 11,
        "min-zoomed-font-size": MIN_LEGIBLE_PX,
        color: INK,
        "text-valign": "bottom",
        "text-margin-y": 5,
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "2px",
        width: 26,
        height: 26,
        "background-color": UNRATED_FILL,
        "border-width": 2,
        "border-color": KIND_OUTLINE,
      },
    },
    ...kindRules,
    ...safetyRules(),
    {
      selector: "node.focus",
      style: { width: 38, height: 38, "border-width": 3.5, "font-weight": "bold" },
    },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "curve-style": "bezier",
        "line-color": EDGE,
        "target-arrow-shape": "triangle",
        "target-arrow-color": EDGE,
        "arrow-scale": 0.9,
        label: "data(label)",
        "font-family": GRAPH_FONT,
        "font-size": 9,
        "min-zoomed-font-size": MIN_LEGIBLE_PX,
        color: MUTED,
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "1px",
      },
    },
    {
      selector: "edge.argues-against",
      style: { "line-style": "dashed", "line-color": AGAINST, "target-arrow-color": AGAINST, color: AGAINST },
    },
    ...extra,
    ...zoomRules(),
    ...zoomed,
    {
      selector: "node.cluster",
      style: {
        shape: "round-rectangle",
        "background-color": "#f8fafc",
        "background-opacity": 1,
        "background-image": "none",
        "border-color": "#64748b",
        "border-style": "dashed",
        "border-width": 1.5,
        label: "data(label)",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -4,
        "font-size": 16,
        "font-weight": "bold",
        padding: "18px",
        // Sized by the members' bodies, not their labels, which the overview hides anyway.
        "compound-sizing-wrt-labels": "exclude",
      },
    },
    // A group's name is what the overview is read by: it grows as the drawing shrinks.
    { selector: "node.cluster.zoom-mid", style: { "font-size": 28 } },
    { selector: "node.cluster.zoom-far", style: { "font-size": 48 } },
    { selector: "node.pinned", style: { "border-width": 4, "border-style": "double" } },
    { selector: "node.collapsed", style: { "border-width": 4 } },
    {
      selector: "edge:selected",
      style: {
        width: 4,
        "line-color": HIGHLIGHT,
        "target-arrow-color": HIGHLIGHT,
        color: INK,
        "z-index": 30,
      },
    },
    {
      selector: "node:selected",
      style: { "underlay-color": HIGHLIGHT, "underlay-opacity": 0.45, "underlay-padding": 7 },
    },
    {
      selector: "edge.incident",
      style: { width: 2.5, "line-color": INK, "target-arrow-color": INK, color: INK, "z-index": 10 },
    },
    {
      selector: "edge.hover",
      style: { width: 3, "line-color": HOVER, "target-arrow-color": HOVER, color: INK, "z-index": 20 },
    },
    {
      selector: "node.hover",
      style: { "underlay-color": HOVER, "underlay-opacity": 0.2, "underlay-padding": 6 },
    },
    {
      selector: "edge.incident.argues-against",
      style: { "line-color": AGAINST, "target-arrow-color": AGAINST, color: AGAINST },
    },
  ];
}
