"use client";

import { useMemo } from "react";
import { useGraphQLQuery } from "../api/use-query";
import { CaseGraphDocument, DifferentialDocument, EnteredDocument } from "./case-queries";
import type { CaseState } from "./case-state";
import { toCaseGraphVariables, toDifferentialVariables } from "./case-variables";

/** The differential for the entered findings; asked only once a finding is present. */
export function useDifferential(state: Pick<CaseState, "present" | "absent" | "week">) {
  const { present, absent, week } = state;
  const variables = useMemo(
    () => toDifferentialVariables({ present, absent, week }),
    [present, absent, week],
  );
  return useGraphQLQuery(DifferentialDocument, variables);
}

/** Names of the entered findings when only absent ones are entered (no differential to carry them). */
export function useEnteredNames(state: Pick<CaseState, "present" | "absent">) {
  const { present, absent } = state;
  const variables = useMemo(
    () => (present.length === 0 && absent.length > 0 ? { entered: absent } : null),
    [present, absent],
  );
  return useGraphQLQuery(EnteredDocument, variables);
}

/** What the graph draws around the candidates: their tests and treatments and the expanded nodes. */
export function useCaseGraph(
  candidateIds: readonly string[],
  expand: readonly string[],
  week: number | null,
) {
  const variables = useMemo(
    () => toCaseGraphVariables(candidateIds, expand, week),
    [candidateIds, expand, week],
  );
  return useGraphQLQuery(CaseGraphDocument, variables);
}
