import type { LayoutOptions, NodeSingular, Position } from "cytoscape";

export const LAYOUT_NAMES = ["layered", "force", "concentric"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  layered: "Layered, left to right",
  force: "Force-directed",
  concentric: "Rings around the focus",
};

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

export interface LayoutNode {
  id: string;
  /** Column in the layered layout: findings 0, conditions 1, tests and treatments 2, sources 3. */
  layer: number;
  /** Searched, expanded or leading nodes; the concentric layout puts them in the middle. */
  focus: boolean;
  /** Drawn size including the label, so the layout leaves room for it. */
  width: number;
  height: number;
  /** Where the node is now; a force-directed run starts from here unless randomize is set. */
  position?: Position;
  /** The cluster (compound node) it is drawn in, when the drawing is grouped by kind. */
  parent?: string;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** Everything a layout needs, as plain data so it can be posted to a worker. */
export interface LayoutRequest {
  name: LayoutName;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Start from scratch rather than from the current positions. */
  randomize: boolean;
  /** Nodes that keep their current position: pinned ones, and those drawn before the graph grew. */
  fixed?: string[];
}

export type LayoutPositions = Record<string, Position>;

/** The layouts a Cytoscape extension computes (in the worker); the layered one is computed by columns.ts. */
export type ExtensionLayoutName = Exclude<LayoutName, "layered">;

/**
 * A layout's positions as the page applies them: rounded to a tenth of a pixel (a smaller message
 * from the worker), except fixed nodes, which keep their exact position: they never move, not even
 * by that rounding.
 */
export function toFinishedPositions(request: LayoutRequest, placed: LayoutPositions): LayoutPositions {
  const positions: LayoutPositions = {};
  for (const [id, { x, y }] of Object.entries(placed))
    positions[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  const fixed = new Set(request.fixed ?? []);
  for (const node of request.nodes)
    if (fixed.has(node.id) && node.position && positions[node.id]) positions[node.id] = { ...node.position };
  return positions;
}

/**
 * The presenter's walk: the path's nodes in order of first visit, placed by toWalkPositions on the
 * main thread (no layout extension runs). Every other view picks one of LAYOUT_NAMES.
 */
export interface WalkLayout {
  name: "walk";
  order: readonly string[];
}

/** What a canvas is asked to draw with: a worker layout by name, or the presenter's walk. */
export type CanvasLayout = LayoutName | WalkLayout;

/** Room round a drawing when it is fitted to its box. */
export const FIT_PADDING = 30;
/** The walk leaves more, for the current step's enlarged node and highlight. */
const WALK_FIT_PADDING = 60;

export function toFitPadding(layout: CanvasLayout): number {
  return typeof layout === "string" ? FIT_PADDING : WALK_FIT_PADDING;
}

/** A key that changes only when the layout does, so an equal walk in a new object never re-runs it. */
export function toLayoutKey(layout: CanvasLayout): string {
  return typeof layout === "string" ? layout : `walk:${layout.order.join("\n")}`;
}

/**
 * Where the walk puts each node: in order of first visit, along rows that turn back at each end
 * (boustrophedon), so consecutive steps always sit side by side or one above the other. Rows hold
 * about √(1.5·n) nodes, which fills a landscape canvas.
 */
export function toWalkPositions(
  ids: readonly string[],
  { dx = 230, dy = 170 }: { dx?: number; dy?: number } = {},
): LayoutPositions {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(ids.length * 1.5)));
  const positions: LayoutPositions = {};
  ids.forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const column = row % 2 === 0 ? i % perRow : perRow - 1 - (i % perRow);
    positions[id] = { x: column * dx, y: row * dy };
  });
  return positions;
}

/**
 * Options for the layout extensions (the layered layout is columns.ts's, not an extension's);
 * never animated, so the result is ready when run() returns.
 */
export function toLayoutOptions({
  name,
  randomize,
  nodes,
  fixed = [],
}: Pick<LayoutRequest, "randomize" | "nodes" | "fixed"> & { name: ExtensionLayoutName }): LayoutOptions {
  if (name === "concentric") {
    const focus = new Set(nodes.filter((node) => node.focus).map((node) => node.id));
    return {
      name: "concentric",
      animate: false,
      fit: false,
      minNodeSpacing: 30,
      concentric: (node: NodeSingular) => (focus.has(node.id()) ? 2 : 1),
      levelWidth: () => 1,
    };
  }
  // Grouped by kind, nearly every edge runs between groups; longer such edges and a stronger
  // repulsion keep the groups from overlapping (measured in layout-engine.test.ts).
  const grouped = nodes.some((node) => node.parent !== undefined);
  return {
    name: "fcose",
    animate: false,
    fit: false,
    randomize,
    quality: "default",
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => (grouped ? 160 : 120),
    nodeRepulsion: () => (grouped ? 30_000 : 9000),
    ...(grouped && { nestingFactor: 2 }),
    numIter: 2500,
    // fcose lays the other nodes out round these without moving them.
    fixedNodeConstraint: toFixedConstraint(nodes, fixed),
  } as LayoutOptions;
}

/** fcose's fixed-node constraint for the nodes that must stay put; undefined when there are none. */
function toFixedConstraint(nodes: readonly LayoutNode[], fixed: readonly string[]) {
  const keep = new Set(fixed);
  const constraint = nodes.flatMap((node) =>
    keep.has(node.id) && node.position && !node.parent ? [{ nodeId: node.id, position: node.position }] : [],
  );
  return constraint.length > 0 ? constraint : undefined;
}
