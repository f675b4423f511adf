import { compareText } from "../shared/format";
import type { Candidate, Contribution, Raiser } from "./case-queries";

/** "Why not higher?": what holds a candidate back and what would lift it, from the API's own numbers. */
export interface WhyNot {
  /** Entered findings with a likelihood ratio below 1, strongest first. */
  holdingBack: Contribution[];
  /** Findings not yet entered that would raise it most if present. */
  wouldRaise: Raiser[];
  /** It sits at the 90% ceiling: only a settling finding (ratio 20 or more) can lift it. */
  capped: boolean;
}

export function toWhyNot(candidate: Pick<Candidate, "opposing" | "capped"> & { raisers: Raiser[] }): WhyNot {
  const holdingBack = candidate.opposing
    .filter((item) => item.likelihoodRatio < 1)
    .sort((a, b) => a.weight - b.weight);
  return { holdingBack, wouldRaise: candidate.raisers, capped: candidate.capped };
}

/** One entered finding, read against each of two candidates. */
export interface ComparisonRow {
  finding: { id: string; name: string };
  present: boolean;
  /** The finding's contribution to each candidate; null when it did not move that one. */
  a: Contribution | null;
  b: Contribution | null;
  /** Which candidate the finding favours more, by weight; "even" when the same. */
  favours: "a" | "b" | "even";
}

function contributions(candidate: Pick<Candidate, "supporting" | "opposing">): Map<string, Contribution> {
  return new Map([...candidate.supporting, ...candidate.opposing].map((item) => [item.finding.id, item]));
}

/**
 * Two candidates side by side, finding by finding: every entered finding that moved either, the
 * one that tells them apart most first. A finding missing from one side moved that one not at
 * all (weight 0), as the engine reports only what changed a candidate.
 */
export function toComparison(
  a: Pick<Candidate, "supporting" | "opposing">,
  b: Pick<Candidate, "supporting" | "opposing">,
): ComparisonRow[] {
  const left = contributions(a);
  const right = contributions(b);
  const ids = [...new Set([...left.keys(), ...right.keys()])];
  const rows = ids.map((id): ComparisonRow => {
    const x = left.get(id) ?? null;
    const y = right.get(id) ?? null;
    const source = (x ?? y) as Contribution;
    const difference = (x?.weight ?? 0) - (y?.weight ?? 0);
    return {
      finding: source.finding,
      present: source.present,
      a: x,
      b: y,
      favours: Math.abs(difference) < 1e-9 ? "even" : difference > 0 ? "a" : "b",
    };
  });
  const gap = (row: ComparisonRow) => Math.abs((row.a?.weight ?? 0) - (row.b?.weight ?? 0));
  return rows.sort((p, q) => gap(q) - gap(p) || compareText(p.finding.name, q.finding.name));
}
