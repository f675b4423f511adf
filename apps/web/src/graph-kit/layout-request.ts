import type { Core, NodeSingular } from "cytoscape";
import type { DrawnBox } from "./label-fit";
import type { LayoutName, LayoutPositions, LayoutRequest } from "./layouts";

/** Reads what a layout needs from the drawn graph: ids, layers, drawn sizes and positions. */
export function toLayoutRequest(
  cy: Core,
  name: LayoutName,
  randomize: boolean,
  fixed: readonly string[] = [],
): LayoutRequest {
  return readLayoutInput(cy, name, randomize, fixed).request;
}

/**
 * The layout request, and where each node's drawn box (body and label, as styled now) lies round
 * its position, from which the zoom the laid-out drawing will be fitted to is predicted (label-fit.ts).
 */
export function readLayoutInput(
  cy: Core,
  name: LayoutName,
  randomize: boolean,
  fixed: readonly string[] = [],
): { request: LayoutRequest; boxes: DrawnBox[] } {
  const boxes: DrawnBox[] = [];
  // Clusters are drawn round their members; the layout places the members (with their parent).
  const nodes = cy.nodes(":childless").map((node: NodeSingular) => {
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const { x, y } = node.position();
    boxes.push({ id: node.id(), x1: box.x1 - x, y1: box.y1 - y, x2: box.x2 - x, y2: box.y2 - y });
    return {
      id: node.id(),
      layer: Number(node.data("layer") ?? 0),
      focus: node.hasClass("focus"),
      width: Math.max(node.outerWidth(), box.w),
      height: Math.max(node.outerHeight(), box.h),
      position: { ...node.position() },
      ...(node.isChild() && { parent: node.parent().first().id() }),
    };
  });
  const edges = cy
    .edges()
    .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
  return { request: { name, nodes, edges, randomize, fixed: [...fixed] }, boxes };
}

/** Moves the drawn nodes to the computed positions in one batch (one redraw). */
export function applyPositions(cy: Core, positions: LayoutPositions): void {
  cy.batch(() => {
    cy.nodes(":childless").forEach((node) => {
      const position = positions[node.id()];
      if (position) node.position(position);
    });
  });
}
