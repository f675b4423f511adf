import type { CaseDifferentialQueryVariables, CaseGraphQueryVariables } from "../api/gql/graphql";
import { type CaseState, toEnteredIds } from "./case-state";

/**
 * The differential's variables for a case, or null when there is nothing to rank (no present
 * finding). One function for the page's query and the early request the server page starts
 * (early-case.ts), so the two ask the same thing and the page takes the early answer.
 */
export function toDifferentialVariables(
  state: Pick<CaseState, "present" | "absent" | "week">,
): CaseDifferentialQueryVariables | null {
  const { present, absent, week } = state;
  if (present.length === 0) return null;
  return {
    input: { present, absent, gestationalWeek: week },
    entered: toEnteredIds({ present, absent }),
    week,
  };
}

/** The case graph's variables: the candidates' tests and treatments, and the expanded nodes. */
export function toCaseGraphVariables(
  candidateIds: readonly string[],
  expand: readonly string[],
  week: number | null,
): CaseGraphQueryVariables | null {
  if (candidateIds.length === 0) return null;
  return { candidates: [...candidateIds], expand: [...expand], hasExpand: expand.length > 0, week };
}
