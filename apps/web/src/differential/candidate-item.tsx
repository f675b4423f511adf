import Link from "next/link";
import { useId, useState } from "react";
import { toPercent } from "../shared/format";
import type { Candidate } from "./case-types";
import { ContributionList } from "./contribution-list";
import { ProbabilityBar } from "./probability-bar";
import { UrgencyBadge } from "./urgency-badge";
import { WhyNot } from "./why-not";

export interface CandidateItemProps {
  candidate: Candidate;
  week: number | null;
  open: boolean;
  /** In the don't-miss lane: urgent or emergency and kept open, however it ranks. */
  keptOpen?: boolean;
  onToggle: () => void;
  onShow: (id: string) => void;
  /** Picked for the side-by-side comparison. */
  comparing?: boolean;
  /** Two others are already picked. */
  compareFull?: boolean;
  onToggleCompare?: () => void;
}

/** One ranked cause; expanding it shows why it ranks where it does. */
export function CandidateItem({
  candidate,
  week,
  open,
  keptOpen = false,
  onToggle,
  onShow,
  comparing = false,
  compareFull = false,
  onToggleCompare,
}: CandidateItemProps) {
  const panelId = useId();
  const whyNotId = useId();
  const [whyNotOpen, setWhyNotOpen] = useState(false);
  const { condition } = candidate;
  return (
    <li className="candidate" data-condition-id={condition.id} data-kept-open={keptOpen}>
      <div className="candidate-row">
        <span className="candidate-rank">
          <span className="visually-hidden">Rank </span>
          {candidate.rank}
        </span>
        <h3 className="candidate-name">
          {condition.name}
          {keptOpen && <span className="kept-open">Don’t miss</span>}
        </h3>
        <UrgencyBadge urgency={candidate.urgency} />
        <ProbabilityBar probability={candidate.probability} capped={candidate.capped} />
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          {open ? "Hide evidence" : "Why?"}
          <span className="visually-hidden"> {condition.name}</span>
        </button>
      </div>
      <div className="candidate-actions">
        <button
          type="button"
          className="link-button"
          aria-expanded={whyNotOpen}
          aria-controls={whyNotId}
          onClick={() => setWhyNotOpen(!whyNotOpen)}
        >
          {whyNotOpen ? "Hide why not higher" : "Why not higher?"}
          <span className="visually-hidden"> {condition.name}</span>
        </button>
        {onToggleCompare && (
          <button
            type="button"
            className="link-button"
            aria-pressed={comparing}
            disabled={!comparing && compareFull}
            onClick={onToggleCompare}
          >
            {comparing ? "Comparing" : "Compare"}
            <span className="visually-hidden"> {condition.name}</span>
          </button>
        )}
      </div>
      <div id={whyNotId} className="candidate-detail" hidden={!whyNotOpen}>
        {whyNotOpen && <WhyNot candidate={candidate} />}
      </div>
      <div id={panelId} className="candidate-detail" hidden={!open}>
        {open && (
          <>
            <p className="candidate-trace">
              Prior {toPercent(candidate.prior)} (how common it is{week === null ? "" : ` at week ${week}`}
              {candidate.inWindow ? "" : ", outside its usual weeks"}) → {toPercent(candidate.probability)}{" "}
              after the findings below
              {candidate.capped ? " (held to the 90% ceiling: no single finding settles it)" : ""}.{" "}
              <button type="button" className="link-button" onClick={() => onShow(condition.id)}>
                Show in graph
              </button>{" "}
              · <Link href={`/node/${encodeURIComponent(condition.id)}`}>Open its page</Link>
            </p>
            {condition.summary && <p className="candidate-summary">{condition.summary}</p>}
            {condition.priorBasis && (
              <details className="prior-basis small">
                <summary>Where the prior comes from</summary>
                <p>{condition.priorBasis}</p>
              </details>
            )}
            <div className="contribution-columns">
              <ContributionList title="Supporting" items={candidate.supporting} />
              <ContributionList title="Arguing against" items={candidate.opposing} />
            </div>
          </>
        )}
      </div>
    </li>
  );
}
