"use client";

import { useState } from "react";
import { toPercent } from "../shared/format";
import { CandidateItem } from "./candidate-item";
import { toLaneIds } from "./case-lane";
import { PROBABILITY_BANDS } from "./case-numbers";
import type { Differential } from "./case-types";
import { CompareView } from "./compare-view";
import { ProbabilityBar } from "./probability-bar";

export interface DifferentialListProps {
  differential: Differential;
  loading: boolean;
  onShow: (id: string) => void;
}

/** The ranked causes, most likely first, each with its probability, urgency and evidence. */
export function DifferentialList({ differential, loading, onShow }: DifferentialListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // The two candidates picked for the side-by-side view, in the order picked.
  const [compare, setCompare] = useState<readonly string[]>([]);
  const toggleCompare = (id: string) =>
    setCompare((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2),
    );
  const byId = new Map(differential.candidates.map((candidate) => [candidate.condition.id, candidate]));
  const pair = compare.map((id) => byId.get(id)).filter((candidate) => candidate !== undefined);

  const lane = toLaneIds(differential);
  const unranked = differential.omittedProbability;
  return (
    <section className="card differential" aria-labelledby="differential-title" aria-busy={loading}>
      <header className="card-header">
        <h2 id="differential-title">Ranked differential</h2>
        <p className="muted small">Probability given the findings entered · select “Why?” for the evidence</p>
      </header>
      <details className="numbers-legend small" data-testid="numbers-legend">
        <summary>How to read these numbers</summary>
        <p>
          Each percentage is the engine's single estimate from the curated priors and the likelihood ratios of
          the findings entered. Most ratios come from frequency words (“usually”, “often”), not measured
          accuracy, so the engine computes no confidence interval: read the word band beside each number, not
          its last digit. No cause goes above 90% unless one examination, laboratory or imaging finding
          settles it (“ceiling”). The last rows are the shares left to causes the graph does not list and to
          those ranked below the ten shown.
        </p>
        <ul className="band-list">
          {PROBABILITY_BANDS.map((band) => (
            <li key={band.label}>
              <strong>{band.label}</strong>: {band.range}
            </li>
          ))}
        </ul>
      </details>
      <ol className="candidates" data-testid="candidates">
        {differential.candidates.map((candidate) => (
          <CandidateItem
            key={candidate.condition.id}
            candidate={candidate}
            week={differential.gestationalWeek}
            open={open.has(candidate.condition.id)}
            keptOpen={lane.has(candidate.condition.id)}
            onToggle={() => toggle(candidate.condition.id)}
            onShow={onShow}
            comparing={compare.includes(candidate.condition.id)}
            compareFull={compare.length >= 2}
            onToggleCompare={() => toggleCompare(candidate.condition.id)}
          />
        ))}
      </ol>
      <div className="candidate-row unlisted-row" data-testid="unlisted-mass">
        <span className="candidate-rank" aria-hidden="true">
          ·
        </span>
        <p className="candidate-name">Causes not listed in the graph</p>
        <span />
        <ProbabilityBar probability={differential.otherProbability} />
        <span />
      </div>
      {unranked >= 0.0005 && (
        <div className="candidate-row unlisted-row" data-testid="unranked-mass">
          <span className="candidate-rank" aria-hidden="true">
            ·
          </span>
          <p className="candidate-name">Other causes in the graph, ranked below these</p>
          <span />
          <ProbabilityBar probability={unranked} />
          <span />
        </div>
      )}
      <p className="muted small other-probability">
        {toPercent(differential.otherProbability)} is left to causes the graph does not list
        {unranked >= 0.0005
          ? `, and ${toPercent(unranked)} to the causes in the graph ranked below these`
          : ""}
        ; with the ranked causes these rows make 100%.
      </p>
      {compare.length === 1 && (
        <p className="muted small" aria-live="polite">
          Pick one more cause to compare with {byId.get(compare[0] ?? "")?.condition.name}.
        </p>
      )}
      {pair.length === 2 && pair[0] && pair[1] && (
        <CompareView a={pair[0]} b={pair[1]} onClose={() => setCompare([])} />
      )}
    </section>
  );
}
