import { describeError } from "../api/graphql";
import type { Subgraph } from "../api/types";
import { toRelationLabel } from "../graph-kit/elements";
import { toNodeName } from "../graph-kit/subgraph";
import { SafetyBadge } from "../safety/safety-badge";
import { SafetyStatements } from "../safety/safety-statements";
import { EvidenceList } from "../shared/evidence-list";
import { toStepDetails } from "./handout";
import type { TeachingStepData } from "./types";

export interface StepEvidenceProps {
  step: TeachingStepData;
  /** The path's nodes with their safety and evidence; null while it loads. */
  details: Subgraph | null;
  error?: unknown;
}

/** What the graph holds behind the step: the quoted evidence with its sources, and safety in pregnancy. */
export function StepEvidence({ step, details, error = null }: StepEvidenceProps) {
  if (error !== null)
    return (
      <p className="alert small">The evidence for this step could not be loaded. {describeError(error)}</p>
    );
  if (details === null) return <p className="muted small">Loading the evidence…</p>;
  const { evidence, rated, summary } = toStepDetails(step, details);
  return (
    <section className="step-evidence" aria-label="Evidence and safety" data-testid="step-evidence">
      {summary && <p className="summary">{summary}</p>}
      <h3>Safety in pregnancy</h3>
      {rated.length === 0 ? (
        <p className="small muted" data-testid="step-safety">
          No safety rating applies to this step (it names no test, drug or measure).
        </p>
      ) : (
        <ul className="step-safety" data-testid="step-safety">
          {rated.map((node) => (
            <li key={node.id}>
              <strong>{node.name}</strong>: <SafetyBadge level={node.safety.level} long />
              <SafetyStatements safety={node.safety} />
            </li>
          ))}
        </ul>
      )}
      <h3>Evidence</h3>
      {evidence.length === 0 ? (
        <p className="small muted">No quotes recorded for this step.</p>
      ) : (
        evidence.map((group) => (
          <div key={group.id}>
            <p className="small">
              {group.edge
                ? `${toNodeName(details, group.edge.source)} → ${toRelationLabel(group.edge.type)} → ${toNodeName(details, group.edge.target)}`
                : group.label}
            </p>
            <EvidenceList evidence={group.items} />
          </div>
        ))
      )}
    </section>
  );
}
