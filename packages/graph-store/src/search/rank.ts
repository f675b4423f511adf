import type { GraphNode } from "@bpx/domain";

/** Score of an exact hit (the whole text equals a name, alias or lay name); others stay below 0.95. */
export const EXACT = 1;
export const BEST_RANKED = 0.95;

export interface RankedHit {
  node: GraphNode;
  score: number;
}

/** What the final ranking reads of a node: its name breaks ties. */
export interface Ranked {
  id: string;
  name: string;
}

export interface Candidate<N extends Ranked = Ranked> {
  node: N;
  /** The engine's relevance (BM25 on either engine), comparable only within one search. */
  raw: number;
  exact: boolean;
}

/**
 * The ranking contract's last step, the same on both engines: an exact hit scores 1; every other
 * hit its relevance relative to the best other hit, at most 0.95; ties go to the shorter name,
 * then the id, so a search is stable.
 */
export function rankCandidates<N extends Ranked>(
  candidates: readonly Candidate<N>[],
  first: number,
): { node: N; score: number }[] {
  const top = Math.max(0, ...candidates.filter((c) => !c.exact).map((c) => c.raw));
  return candidates
    .map((c) => ({ node: c.node, score: c.exact ? EXACT : (BEST_RANKED * c.raw) / (top || 1) }))
    .sort(
      (a, b) =>
        b.score - a.score || a.node.name.length - b.node.name.length || (a.node.id < b.node.id ? -1 : 1),
    )
    .slice(0, first);
}
