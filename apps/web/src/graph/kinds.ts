import type { NodeKind } from "@bpx/domain";
import type { Css } from "cytoscape";

export interface KindVisual {
  /** Singular, for badges and the details panel. */
  label: string;
  /** Plural, for the legend. */
  plural: string;
  color: string;
  shape: Css.NodeShape;
}

/**
 * How each kind is drawn. Every kind has its own shape as well as its own colour, so the graph
 * reads the same for colour-blind users; the colours are from the Okabe-Ito palette.
 */
export const KIND_VISUALS = {
  CONDITION: { label: "Condition", plural: "Conditions", color: "#D55E00", shape: "ellipse" },
  FINDING: { label: "Finding", plural: "Findings", color: "#0072B2", shape: "round-rectangle" },
  DIAGNOSTIC: { label: "Diagnostic", plural: "Diagnostics", color: "#CC79A7", shape: "diamond" },
  DRUG: { label: "Drug", plural: "Drugs", color: "#009E73", shape: "hexagon" },
  INTERVENTION: { label: "Intervention", plural: "Interventions", color: "#E69F00", shape: "triangle" },
  SOURCE: { label: "Source", plural: "Sources", color: "#6B7280", shape: "rectangle" },
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
