import type { Core, NodeSingular, Position } from "cytoscape";

const OFFSET = 60;

/**
 * Puts each node that was not drawn before next to a neighbour that was, so that a layout started
 * from the current positions grows the graph outward instead of reshuffling it. Returns false when
 * no node was drawn before (the caller should lay out from scratch).
 */
export function placeNewNodes(cy: Core, known: ReadonlySet<string>): boolean {
  const kept = cy.nodes().filter((node) => known.has(node.id()));
  if (kept.empty()) return false;
  const box = kept.boundingBox();
  const centre: Position = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };

  let index = 0;
  cy.nodes().forEach((node: NodeSingular) => {
    if (known.has(node.id())) return;
    const anchor = node.neighborhood("node").filter((other) => known.has(other.id()))[0];
    const origin = anchor ? anchor.position() : centre;
    // Spread siblings round their anchor so they do not start on top of each other.
    const angle = index * 2.399963;
    node.position({ x: origin.x + OFFSET * Math.cos(angle), y: origin.y + OFFSET * Math.sin(angle) });
    index += 1;
  });
  return true;
}
