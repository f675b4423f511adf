"use client";

import { useState } from "react";
import { toLaneIds } from "../../lib/case-lane";
import type { Differential } from "../../lib/case-types";
import { toPercent } from "../../lib/format";
import { CandidateItem } from "./candidate-item";

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

  const lane = toLaneIds(differential);
  return (
    <section className="card differential" aria-labelledby="differential-title" aria-busy={loading}>
      <header className="card-header">
        <h2 id="differential-title">Ranked differential</h2>
        <p className="muted small">Probability given the findings entered · select “Why?” for the evidence</p>
      </header>
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
          />
        ))}
      </ol>
      <p className="muted small other-probability">
        Causes not in the graph, or ranked below these: {toPercent(differential.otherProbability)}
      </p>
    </section>
  );
}
