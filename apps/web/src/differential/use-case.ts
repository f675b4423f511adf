"use client";

import { useMemo } from "react";
import { useQuery } from "../api/use-query";
import {
  CASE_GRAPH_QUERY,
  type CaseGraphData,
  type CaseGraphVariables,
  DIFFERENTIAL_QUERY,
  type DifferentialData,
  type DifferentialVariables,
  ENTERED_QUERY,
  type EnteredData,
} from "./case-queries";
import { type CaseState, toEnteredIds } from "./case-state";

/** The differential for the entered findings; asked only once a finding is present. */
export function useDifferential(state: Pick<CaseState, "present" | "absent" | "week">) {
  const { present, absent, week } = state;
  const variables = useMemo<DifferentialVariables | null>(
    () =>
      present.length === 0
        ? null
        : {
            input: { present, absent, gestationalWeek: week },
            entered: toEnteredIds({ present, absent }),
            week,
          },
    [present, absent, week],
  );
  return useQuery<DifferentialData, DifferentialVariables>(DIFFERENTIAL_QUERY, variables);
}

/** Names of the entered findings when only absent ones are entered (no differential to carry them). */
export function useEnteredNames(state: Pick<CaseState, "present" | "absent">) {
  const { present, absent } = state;
  const variables = useMemo(
    () => (present.length === 0 && absent.length > 0 ? { entered: absent } : null),
    [present, absent],
  );
  return useQuery<EnteredData, { entered: string[] }>(ENTERED_QUERY, variables);
}

/** What the graph draws around the candidates: their tests and treatments and the expanded nodes. */
export function useCaseGraph(
  candidateIds: readonly string[],
  expand: readonly string[],
  week: number | null,
) {
  const variables = useMemo<CaseGraphVariables | null>(
    () =>
      candidateIds.length === 0
        ? null
        : { candidates: [...candidateIds], expand: [...expand], hasExpand: expand.length > 0, week },
    [candidateIds, expand, week],
  );
  return useQuery<CaseGraphData, CaseGraphVariables>(CASE_GRAPH_QUERY, variables);
}
