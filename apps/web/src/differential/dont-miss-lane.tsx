import { SafetyBadge } from "../safety/safety-badge";
import { EvidenceList } from "../shared/evidence-list";
import { toLaneFinding, toLaneStanding } from "./case-lane";
import type { DontMissEntry } from "./case-types";
import { UrgencyBadge } from "./urgency-badge";

/** What would rule the condition out, with each test's safety at the week. */
function RuleOutView({ ruleOut }: { ruleOut: DontMissEntry["ruleOut"] }) {
  if (ruleOut === null) return <p className="muted small">No rule-out is recorded in the graph for it.</p>;
  return (
    <div className="rule-out">
      <p className="rule-out-text">
        <strong>To rule it out:</strong> {ruleOut.text}
      </p>
      {ruleOut.diagnostics.length > 0 && (
        <ul className="rule-out-tests">
          {ruleOut.diagnostics.map((test) => (
            <li key={test.id} data-subject-id={test.id}>
              {test.name} <SafetyBadge level={test.safety.level} week={test.safety.gestationalWeek} />
            </li>
          ))}
        </ul>
      )}
      {ruleOut.findings.length > 0 && (
        <p className="small">Ask or examine: {ruleOut.findings.map((finding) => finding.name).join(", ")}</p>
      )}
      <details className="small">
        <summary>Sources of the rule-out</summary>
        <EvidenceList evidence={ruleOut.evidence} />
      </details>
    </div>
  );
}

function LaneEntry({ entry }: { entry: DontMissEntry }) {
  return (
    <li className={`dont-miss-entry lane-${entry.urgency}`} data-condition-id={entry.condition.id}>
      <p className="dont-miss-head">
        <UrgencyBadge urgency={entry.urgency} /> <strong>{entry.condition.name}</strong>{" "}
        <span className="muted small">{toLaneStanding(entry)}</span>
      </p>
      <ul className="dont-miss-reasons">
        {entry.reasons.map((reason) => (
          <li
            key={`${reason.kind}:${reason.ruleId ?? reason.threshold}`}
            data-reason={reason.kind}
            data-rule-id={reason.ruleId ?? undefined}
          >
            {reason.kind === "RULE" ? <>Red-flag rule: {reason.message}</> : <>Kept open: {reason.message}</>}
          </li>
        ))}
      </ul>
      <details className="dont-miss-findings">
        <summary>Because of: {entry.findings.map(toLaneFinding).join(", ")}</summary>
        {entry.findings.map((finding) => (
          <div key={finding.finding.id} className="dont-miss-finding">
            <p className="small">
              <strong>{finding.finding.name}</strong>
              {finding.ruleIds.length > 0 && (
                <span className="muted"> · rules {finding.ruleIds.join(", ")}</span>
              )}
            </p>
            <EvidenceList evidence={finding.evidence} />
          </div>
        ))}
      </details>
      <RuleOutView ruleOut={entry.ruleOut} />
    </li>
  );
}

/**
 * The don't-miss lane beside the ranking: urgent and emergency causes the findings keep open,
 * however low they rank, each with why, the findings behind it and what would rule it out.
 */
export function DontMissLane({ entries }: { entries: DontMissEntry[] }) {
  return (
    <section className="card dont-miss" aria-labelledby="dont-miss-title" data-testid="dont-miss">
      <header className="card-header">
        <h2 id="dont-miss-title">Don’t miss</h2>
        <p className="muted small">
          Urgent and emergency causes kept open by a red-flag rule, or at 2% (emergency) / 5% (urgent) with a
          supporting finding, whatever their rank
        </p>
      </header>
      {entries.length === 0 ? (
        <p className="muted small" data-testid="dont-miss-empty">
          The findings keep no urgent or emergency cause open.
        </p>
      ) : (
        <ol className="dont-miss-list">
          {entries.map((entry) => (
            <LaneEntry key={entry.condition.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
