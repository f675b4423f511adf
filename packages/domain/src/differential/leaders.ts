import type { Candidate } from "./types";

/**
 * The leading candidates: the top `count` by rank, plus any other at or above `floor`, so a
 * near-tie just below the cut is not dropped. Keeps rank order.
 */
export function selectLeaders(candidates: readonly Candidate[], count: number, floor: number): Candidate[] {
  return candidates.filter((candidate) => candidate.rank <= count || candidate.probability >= floor);
}
