import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { toColumnPositions } from "./columns";
import { type LayoutPositions, type LayoutRequest, toLayoutEdges, toLayoutOptions } from "./layouts";

/**
 * From this many nodes the layered layout orders its columns itself (columns.ts) instead of running
 * dagre, whose time grows past the 1 s goal for a 300-node graph; below it dagre's straighter edges
 * are worth its 0.1-0.3 s.
 */
export const COLUMN_LAYOUT_MIN_NODES = 150;

let registered = false;

/** Registers the layout extensions once per JavaScript realm (page or worker). */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}

/**
 * Lays the request out and returns the node positions: the layered layout of a large graph by its
 * own column ordering, every other one on a headless Cytoscape core. Pure apart from the time it
 * takes, so it can run in a worker, off the page's main thread, and in unit tests.
 */
export function computeLayout(request: LayoutRequest): LayoutPositions {
  const placed =
    request.name === "layered" && request.nodes.length >= COLUMN_LAYOUT_MIN_NODES
      ? toColumnPositions(request)
      : runExtension(request);
  // Computed positions are rounded to a tenth of a pixel (a smaller message to the page). Fixed
  // nodes never move, not even by that rounding: they keep their exact position.
  const positions: LayoutPositions = {};
  for (const [id, { x, y }] of Object.entries(placed))
    positions[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  const fixed = new Set(request.fixed ?? []);
  for (const node of request.nodes)
    if (fixed.has(node.id) && node.position && positions[node.id]) positions[node.id] = { ...node.position };
  return positions;
}

/** Runs a layout extension (dagre, fcose, concentric) and reads every drawn node's position. */
function runExtension(request: LayoutRequest): LayoutPositions {
  registerLayouts();
  const parents = [...new Set(request.nodes.flatMap((node) => (node.parent ? [node.parent] : [])))];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...parents.map((id) => ({ group: "nodes" as const, data: { id } })),
      ...request.nodes.map((node) => ({
        group: "nodes" as const,
        data: { id: node.id, width: node.width, height: node.height, parent: node.parent },
        position: node.position ? { ...node.position } : { x: 0, y: 0 },
      })),
      ...toLayoutEdges(request).map((edge) => ({ group: "edges" as const, data: { ...edge } })),
    ],
    style: [{ selector: "node[width]", style: { width: "data(width)", height: "data(height)" } }],
    // Keep the given positions; the default "null" layout would put every node at the origin.
    layout: { name: "preset" },
  });
  try {
    cy.layout(toLayoutOptions(request)).run();
    const positions: LayoutPositions = {};
    cy.nodes().forEach((node) => {
      if (!node.isParent()) positions[node.id()] = { ...node.position() };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
