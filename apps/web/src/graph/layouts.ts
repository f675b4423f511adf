import type { LayoutOptions, NodeSingular } from "cytoscape";

export const LAYOUT_NAMES = ["cose", "concentric"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  cose: "Force-directed",
  concentric: "Rings around the focus",
};

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

export interface LayoutContext {
  /** Nodes the reader searched for or expanded; the concentric layout puts them in the middle. */
  focusIds: readonly string[];
  /** Start from scratch rather than from the current positions (true for a fresh graph). */
  randomize: boolean;
}

/** Options for Cytoscape's built-in layouts. Not animated, so tests see the final positions. */
export function toLayoutOptions(name: LayoutName, { focusIds, randomize }: LayoutContext): LayoutOptions {
  if (name === "concentric") {
    const focus = new Set(focusIds);
    return {
      name: "concentric",
      animate: false,
      fit: true,
      padding: 40,
      minNodeSpacing: 40,
      concentric: (node: NodeSingular) => (focus.has(node.id()) ? 2 : 1),
      levelWidth: () => 1,
    };
  }
  return {
    name: "cose",
    animate: false,
    fit: true,
    padding: 40,
    randomize,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 12_000,
  };
}
