import { SAFETY_LEVELS, type SafetyLevel } from "@bpx/domain";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { clipToNode, type SvgDrawing, type SvgNode } from "./svg-export";

const px = (value: unknown) => Number.parseFloat(String(value)) || 0;

/** The level from the node's `safety-…` class, which is what draws its pattern on screen. */
function toSafety(node: NodeSingular): SafetyLevel | undefined {
  const name = node.classes().find((c: string) => c.startsWith("safety-"));
  const level = name?.slice("safety-".length).toUpperCase();
  return SAFETY_LEVELS.find((known) => known === level);
}

function toSvgNode(node: NodeSingular): SvgNode {
  const { x, y } = node.position();
  const safety = toSafety(node);
  return {
    id: node.id(),
    label: String(node.data("label") ?? node.id()),
    x,
    y,
    width: node.width(),
    height: node.height(),
    shape: String(node.style("shape")),
    fill: String(node.style("background-color")),
    fillOpacity: px(node.style("background-opacity")),
    stroke: String(node.style("border-color")),
    strokeWidth: px(node.style("border-width")),
    strokeStyle: String(node.style("border-style")),
    ...(safety ? { safety } : {}),
  };
}

/** Reads the drawn graph (positions and computed styles) into the plain shape toSvg() takes. */
export function toDrawing(cy: Core, title: string): SvgDrawing {
  const nodes = cy.nodes(":visible").map(toSvgNode);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = cy
    .edges(":visible")
    .toArray()
    .flatMap((edge: EdgeSingular) => {
      const source = byId.get(edge.source().id());
      const target = byId.get(edge.target().id());
      if (!source || !target) return [];
      return [
        {
          id: edge.id(),
          from: clipToNode(source, source, target),
          to: clipToNode(target, target, source),
          color: String(edge.style("line-color")),
          width: px(edge.style("width")),
          lineStyle: String(edge.style("line-style")),
          arrow: String(edge.style("target-arrow-shape")),
          label: String(edge.data("label") ?? ""),
        },
      ];
    });
  return { title, nodes, edges };
}
