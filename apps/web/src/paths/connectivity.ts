/** What a step points at: exactly one of a node and a relationship (`TYPE:from->to`). */
export interface StepTarget {
  nodeId: string | null;
  edgeId: string | null;
}

export interface EdgeEnds {
  source: string;
  target: string;
}

/** Reads `TYPE:from->to`; null when the id is not in that form. */
export function parseEdgeId(id: string): ({ type: string } & EdgeEnds) | null {
  const colon = id.indexOf(":");
  const arrow = id.indexOf("->", colon + 1);
  if (colon <= 0 || arrow < 0) return null;
  const source = id.slice(colon + 1, arrow);
  const target = id.slice(arrow + 2);
  if (source === "" || target === "") return null;
  return { type: id.slice(0, colon), source, target };
}

/** The graph nodes a step touches: its node, or both ends of its relationship. */
export function toStepNodeIds(step: StepTarget): string[] {
  if (step.nodeId) return [step.nodeId];
  const ends = step.edgeId ? parseEdgeId(step.edgeId) : null;
  return ends ? [ends.source, ends.target] : [];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/**
 * Whether a learner can walk from one step to the next without a jump: two nodes joined by an edge
 * of the loaded graph (either direction), a node at one end of a relationship, or two
 * relationships sharing a node. A step repeated is connected to itself.
 */
export function areStepsConnected(a: StepTarget, b: StepTarget, adjacent: ReadonlySet<string>): boolean {
  if (a.nodeId && b.nodeId) return a.nodeId === b.nodeId || adjacent.has(pairKey(a.nodeId, b.nodeId));
  const aNodes = toStepNodeIds(a);
  const bNodes = new Set(toStepNodeIds(b));
  return aNodes.some((id) => bNodes.has(id));
}

/** Indexes i (from 1) where step i is not connected to step i - 1 in the given edges. */
export function findGaps(steps: readonly StepTarget[], edges: readonly EdgeEnds[]): number[] {
  const adjacent = new Set(edges.map((edge) => pairKey(edge.source, edge.target)));
  const gaps: number[] = [];
  for (let i = 1; i < steps.length; i += 1) {
    const previous = steps[i - 1];
    const current = steps[i];
    if (previous && current && !areStepsConnected(previous, current, adjacent)) gaps.push(i);
  }
  return gaps;
}
