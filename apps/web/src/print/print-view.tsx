"use client";

import { toTrimester } from "@bpx/domain";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { describeError } from "../api/graphql";
import { DISCLAIMER } from "../differential/case-export";
import { readCaseState, toCaseSearch } from "../differential/case-state";
import { ContributionList } from "../differential/contribution-list";
import { ProbabilityBar } from "../differential/probability-bar";
import { RedFlagBanner } from "../differential/red-flag-banner";
import { SafetyItem } from "../differential/safety-item";
import { SourcesList } from "../differential/sources-list";
import { UrgencyBadge } from "../differential/urgency-badge";
import { useDifferential } from "../differential/use-case";
import { toFallbackName, toPercent, toTrimesterLabel } from "../shared/format";

/** The differential with all of its evidence laid out for paper. */
export function PrintView() {
  const params = useSearchParams();
  const state = useMemo(() => readCaseState(params), [params]);
  const { data, error, loading } = useDifferential(state);
  const differential = data?.differential ?? null;
  const names = new Map((data?.entered.nodes ?? []).map((node) => [node.id, node.name]));
  const list = (ids: string[]) =>
    ids.length === 0 ? "none" : ids.map((id) => names.get(id) ?? toFallbackName(id)).join(", ");

  return (
    <article className="print-view" data-testid="print-view">
      <div className="print-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        <Link href={`/${toCaseSearch(state)}`}>Back to the case</Link>
      </div>
      <h1 className="page-title">Differential: back pain in pregnancy</h1>
      <p className="print-meta">
        Week {state.week ?? "not given"}
        {state.week !== null && ` (${toTrimesterLabel(toTrimester(state.week))})`} · Present:{" "}
        {list(state.present)} · Absent: {list(state.absent)}
      </p>
      <p className="print-disclaimer">{DISCLAIMER}</p>
      {error !== null && (
        <p role="alert" className="alert">
          {describeError(error)}
        </p>
      )}
      {loading && !differential && <p className="muted">Loading…</p>}
      {state.present.length === 0 && (
        <p>Enter at least one present finding on the differential page first.</p>
      )}
      {differential && (
        <>
          <RedFlagBanner flags={differential.redFlags} />
          <section aria-labelledby="print-ranked">
            <h2 id="print-ranked">Ranked differential</h2>
            <ol className="print-candidates">
              {differential.candidates.map((candidate) => (
                <li key={candidate.condition.id} className="print-candidate">
                  <h3>
                    {candidate.rank}. {candidate.condition.name} <UrgencyBadge urgency={candidate.urgency} />
                  </h3>
                  <ProbabilityBar probability={candidate.probability} capped={candidate.capped} />
                  <p className="small">
                    Prior {toPercent(candidate.prior)} → {toPercent(candidate.probability)}
                  </p>
                  <div className="contribution-columns">
                    <ContributionList title="Supporting" items={candidate.supporting} />
                    <ContributionList title="Arguing against" items={candidate.opposing} />
                  </div>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="print-safety">
            <h2 id="print-safety">Safety at {state.week === null ? "any week" : `week ${state.week}`}</h2>
            <ul className="safety-list">
              {differential.suggestedDiagnostics.map((item) => (
                <SafetyItem
                  key={item.diagnostic.id}
                  id={item.diagnostic.id}
                  name={item.diagnostic.name}
                  safety={item.safety}
                  warning={item.warning}
                  expandAll
                />
              ))}
              {differential.treatmentSafety.map((item) => (
                <SafetyItem
                  key={item.subject.id}
                  id={item.subject.id}
                  name={item.subject.name}
                  safety={item.safety}
                  expandAll
                />
              ))}
            </ul>
          </section>
          <SourcesList differential={differential} />
        </>
      )}
    </article>
  );
}
