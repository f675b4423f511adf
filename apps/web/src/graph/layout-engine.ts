import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { type LayoutPositions, type LayoutRequest, toLayoutEdges, toLayoutOptions } from "./layouts";

let registered = false;

/** Registers the layout extensions once per JavaScript realm (page or worker). */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}

/**
 * Runs a layout on a headless Cytoscape core and returns the node positions. Pure apart from the
 * time it takes, so it can run in a worker, off the page's main thread, and in unit tests.
 */
export function computeLayout(request: LayoutRequest): LayoutPositions {
  registerLayouts();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...request.nodes.map((node) => ({
        group: "nodes" as const,
        data: { id: node.id, width: node.width, height: node.height },
        position: node.position ? { ...node.position } : { x: 0, y: 0 },
      })),
      ...toLayoutEdges(request).map((edge) => ({ group: "edges" as const, data: { ...edge } })),
    ],
    style: [{ selector: "node", style: { width: "data(width)", height: "data(height)" } }],
    // Keep the given positions; the default "null" layout would put every node at the origin.
    layout: { name: "preset" },
  });
  try {
    cy.layout(toLayoutOptions(request)).run();
    const positions: LayoutPositions = {};
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
