"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { describeError } from "../api/graphql";
import { useGraphQLQuery } from "../api/use-query";
import { WholeWeekField } from "../differential/week-field";
import { SearchBox } from "../explore/search-box";
import { goToSearch } from "../shared/go-to-search";
import { SafetyCard } from "./safety-card";
import {
  hasSafety,
  readSafetyCheckState,
  SAFETY_KINDS,
  type SafetyCheckState,
  toSafetyCheckHref,
  toSafetyCheckSearch,
} from "./safety-check";
import { AlternativesDocument, type CheckedNode, SafetyCheckDocument } from "./safety-check-queries";

/** The URL is the one source of the check (see goToSearch). */
function navigate(state: SafetyCheckState, replace: boolean) {
  goToSearch(toSafetyCheckSearch(state), replace);
}

const EXAMPLES = [
  { id: "ibuprofen", label: "ibuprofen" },
  { id: "nitrofurantoin", label: "nitrofurantoin" },
  { id: "radiography", label: "radiography" },
  { id: "heat-packs", label: "heat packs" },
];

/**
 * "Is this drug, test or measure safe at week N?": the headline verdict with its rank, the
 * conflict flag, every statement with its source, and safer alternatives the graph links.
 */
export function SafetyChecker() {
  const params = useSearchParams();
  const state = useMemo(() => readSafetyCheckState(params), [params]);

  const variables = useMemo(
    () => (state.subject === null ? null : { id: state.subject, week: state.week }),
    [state.subject, state.week],
  );
  const check = useGraphQLQuery(SafetyCheckDocument, variables);
  const node: CheckedNode | null = check.data?.node ?? null;
  const current = node !== null && node.id === state.subject;
  const rated = current && hasSafety(node.kind);
  const altVariables = useMemo(
    () => (rated && node ? { ids: [node.id], week: state.week } : null),
    [rated, node, state.week],
  );
  const alternatives = useGraphQLQuery(AlternativesDocument, altVariables);

  return (
    <div className="safety-check">
      <section className="card safety-check-form no-print" aria-labelledby="safety-ask-title">
        <h2 id="safety-ask-title">Ask</h2>
        <div className="safety-check-fields">
          <SearchBox
            label="Drug, test or measure"
            placeholder="e.g. ibuprofen, radiography, heat packs"
            kinds={SAFETY_KINDS}
            onPick={(picked) => navigate({ subject: picked.id, week: state.week }, false)}
          />
          <WholeWeekField
            week={state.week}
            onWeek={(week) => navigate({ subject: state.subject, week }, true)}
          />
        </div>
        <p className="examples">
          <span className="muted">Try:</span>
          {EXAMPLES.map((example) => (
            <Link
              key={example.id}
              className="chip"
              href={toSafetyCheckHref(example.id, state.week)}
              aria-current={state.subject === example.id ? "true" : undefined}
            >
              {example.label}
            </Link>
          ))}
        </p>
      </section>

      {state.subject === null && (
        <p className="muted">
          Pick a drug, test or measure, and give the week (leave it empty for the whole pregnancy).
        </p>
      )}
      {check.error !== null && (
        <div role="alert" className="alert">
          <strong>Could not check its safety.</strong> {describeError(check.error)}
        </div>
      )}
      {state.subject !== null && check.loading && !current && (
        <p className="muted" aria-live="polite">
          Loading…
        </p>
      )}
      {state.subject !== null && !check.loading && check.error === null && check.data && node === null && (
        <p role="alert" className="alert">
          Nothing in the graph has the id “{state.subject}”. Search for it by name above.
        </p>
      )}
      {current && !rated && (
        <p className="alert" role="alert">
          {node.name} is not a drug, test or measure, so no source rates its safety.{" "}
          <Link href={`/node/${encodeURIComponent(node.id)}`}>Open its page</Link>
        </p>
      )}
      {/* SafetyCard's props are alike in shape to case-page's CaseGraphView call; different components. */}
      {rated && node.safety && (
        <SafetyCard
          node={node}
          safety={node.safety}
          week={state.week}
          alternatives={alternatives.data}
          alternativesLoading={alternatives.loading}
          alternativesError={alternatives.error}
        />
      )}
    </div>
  );
}
