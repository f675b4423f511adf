import { type StepTarget, toStepNodeIds } from "./connectivity";
import type { PathGraphEdge, PathSubgraph } from "./queries";

/** Which neighbours the builder draws: those of the selected step, or of every step. */
export type NeighbourScope = "selected" | "all";

/** Every node any step touches, in path order without repeats. */
export function toPathNodeIds(steps: readonly StepTarget[]): string[] {
  return [...new Set(steps.flatMap(toStepNodeIds))];
}

function keepEdgesWithin(edges: readonly PathGraphEdge[], ids: ReadonlySet<string>): PathGraphEdge[] {
  return edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
}

/**
 * The part of a loaded neighbourhood the builder draws: every path node, plus the neighbours of
 * the selected step (or of every step), so the next step is one click away without drawing
 * the whole neighbourhood of a long path at once.
 */
export function toBuilderSubgraph(
  subgraph: PathSubgraph,
  steps: readonly StepTarget[],
  selected: number,
  scope: NeighbourScope,
): PathSubgraph {
  const pathIds = new Set(toPathNodeIds(steps));
  const selectedStep = steps[selected] ?? steps.at(-1);
  const centres = new Set(scope === "all" ? pathIds : selectedStep ? toStepNodeIds(selectedStep) : []);
  const keep = new Set(pathIds);
  for (const edge of subgraph.edges) {
    if (centres.has(edge.source)) keep.add(edge.target);
    if (centres.has(edge.target)) keep.add(edge.source);
  }
  const nodes = subgraph.nodes.filter((node) => keep.has(node.id));
  const drawn = new Set(nodes.map((node) => node.id));
  return { nodes, edges: keepEdgesWithin(subgraph.edges, drawn), truncated: subgraph.truncated };
}

/** The presenter draws the path's own nodes and the relationships among them, nothing else. */
export function toPresenterSubgraph(subgraph: PathSubgraph, steps: readonly StepTarget[]): PathSubgraph {
  const pathIds = new Set(toPathNodeIds(steps));
  const nodes = subgraph.nodes.filter((node) => pathIds.has(node.id));
  const drawn = new Set(nodes.map((node) => node.id));
  return { nodes, edges: keepEdgesWithin(subgraph.edges, drawn), truncated: subgraph.truncated };
}
