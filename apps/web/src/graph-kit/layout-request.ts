import type { Core, NodeSingular } from "cytoscape";
import type { LayoutName, LayoutPositions, LayoutRequest } from "./layouts";

/** Reads what a layout needs from the drawn graph: ids, layers, drawn sizes and positions. */
export function toLayoutRequest(
  cy: Core,
  name: LayoutName,
  randomize: boolean,
  fixed: readonly string[] = [],
): LayoutRequest {
  // Clusters are drawn round their members; the layout places the members (with their parent).
  const nodes = cy.nodes(":childless").map((node: NodeSingular) => {
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
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
  return { name, nodes, edges, randomize, fixed: [...fixed] };
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
