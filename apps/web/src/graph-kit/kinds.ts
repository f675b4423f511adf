import type { NodeKind } from "@bpx/domain";
import type { Css } from "cytoscape";

export interface KindVisual {
  /** Singular, for badges and the details panel. */
  label: string;
  /** Plural, for the legend. */
  plural: string;
  shape: Css.NodeShape;
}

/**
 * The one colour language of every graph view (issue 17): a node's kind is its shape, drawn as an
 * outline in ink; colour (fill, with a pattern and a symbol) is kept for safety alone, so no hue
 * ever means a kind in one view and a safety level in another.
 */
export const KIND_OUTLINE = "#1f2937";

/** The fill of a node no source rates for safety (conditions, findings, sources). */
export const UNRATED_FILL = "#ffffff";

export const KIND_VISUALS = {
  CONDITION: { label: "Condition", plural: "Conditions", shape: "ellipse" },
  FINDING: { label: "Finding", plural: "Findings", shape: "round-rectangle" },
  DIAGNOSTIC: { label: "Diagnostic", plural: "Diagnostics", shape: "diamond" },
  DRUG: { label: "Drug", plural: "Drugs", shape: "hexagon" },
  INTERVENTION: { label: "Intervention", plural: "Interventions", shape: "triangle" },
  SOURCE: { label: "Source", plural: "Sources", shape: "rectangle" },
} as const satisfies Record<NodeKind, KindVisual>;

/** The Cytoscape class a node of this kind carries. */
export function toKindClass(kind: NodeKind): string {
  return `kind-${kind.toLowerCase()}`;
}

/** Column of each kind in the layered layout: findings, conditions, tests, treatments, sources. */
const LAYERS: Record<NodeKind, number> = {
  FINDING: 0,
  CONDITION: 1,
  DIAGNOSTIC: 2,
  DRUG: 3,
  INTERVENTION: 3,
  SOURCE: 4,
};

export function toLayer(kind: NodeKind): number {
  return LAYERS[kind];
}
