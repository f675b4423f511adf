import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { computeLayeredLayout } from "./columns";
import {
  type ExtensionLayoutName,
  type LayoutPositions,
  type LayoutRequest,
  toFinishedPositions,
  toLayoutOptions,
} from "./layouts";

let registered = false;

/** Registers the layout extensions once per JavaScript realm (page or worker). */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/**
 * Lays the request out and returns the node positions: the layered layout by its own column
 * ordering (columns.ts), every other one on a headless Cytoscape core. Pure apart from the time it
 * takes, so it can run in a worker, off the page's main thread, and in unit tests.
 */
export function computeLayout(request: LayoutRequest): LayoutPositions {
  const { name } = request;
  if (name === "layered") return computeLayeredLayout(request);
  return toFinishedPositions(request, runExtension({ ...request, name }));
}

/** Runs a layout extension (fcose, concentric) and reads every drawn node's position. */
function runExtension(request: LayoutRequest & { name: ExtensionLayoutName }): LayoutPositions {
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
      ...request.edges.map((edge) => ({ group: "edges" as const, data: { ...edge } })),
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
