import { compareStrings } from "./compare";
import type { DifferentialInput } from "./types";

/** One entered finding, present or absent. */
export interface EnteredFinding {
  findingId: string;
  present: boolean;
}

/**
 * The entered findings in one canonical order (by id), so floating-point sums do not depend on
 * the order the clinician clicked. Duplicates collapse; a finding entered both ways counts as
 * present, because a positive observation outweighs a negative one for safety.
 */
export function toEnteredFindings(input: DifferentialInput): EnteredFinding[] {
  const present = new Set(input.present);
  const ids = new Set([...input.present, ...input.absent]);
  return [...ids].sort(compareStrings).map((findingId) => ({ findingId, present: present.has(findingId) }));
}

/** The ids of every entered finding, present or absent. */
export function toEnteredIds(entered: readonly EnteredFinding[]): Set<string> {
  return new Set(entered.map((finding) => finding.findingId));
}
