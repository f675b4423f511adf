"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type {
  CaseDifferentialQuery,
  CaseDifferentialQueryVariables,
  CaseGraphQueryVariables,
} from "../api/gql/graphql";
import { prefetchGraphQLQuery, useGraphQLQuery } from "../api/use-query";
import { CaseGraphDocument, DifferentialDocument, EnteredDocument } from "./case-queries";
import { type CaseState, toEnteredIds } from "./case-state";

/**
 * The differential for the entered findings; asked only once a finding is present. Given the
 * expanded nodes (`withGraph`), the case graph around the candidates is asked for the moment the
 * differential arrives, rather than after the page has rendered the ranking (useCaseGraph then
 * finds it in flight): the graph's query needs the candidates' ids, so it cannot go out sooner.
 */
export function useDifferential(
  state: Pick<CaseState, "present" | "absent" | "week">,
  withGraph?: { expand: readonly string[] },
) {
  const { present, absent, week } = state;
  const client = useQueryClient();
  const variables = useMemo<CaseDifferentialQueryVariables | null>(
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
  const expand = withGraph?.expand;
  const onAnswer = useMemo(
    () =>
      expand === undefined
        ? undefined
        : (data: CaseDifferentialQuery, asked: CaseDifferentialQueryVariables) => {
            const graph = toCaseGraphVariables(toCandidateIds(data), expand, asked.week ?? null);
            if (graph) prefetchGraphQLQuery(client, CaseGraphDocument, graph);
          },
    [client, expand],
  );
  return useGraphQLQuery(DifferentialDocument, variables, { onAnswer });
}

/** The candidates' ids, in the ranking's order: what the case graph is drawn around. */
export function toCandidateIds(data: CaseDifferentialQuery | null | undefined): string[] {
  return data?.differential?.candidates.map((candidate) => candidate.condition.id) ?? [];
}

/** The case graph's variables; null (nothing to ask) without candidates. */
export function toCaseGraphVariables(
  candidateIds: readonly string[],
  expand: readonly string[],
  week: number | null,
): CaseGraphQueryVariables | null {
  return candidateIds.length === 0
    ? null
    : { candidates: [...candidateIds], expand: [...expand], hasExpand: expand.length > 0, week };
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
