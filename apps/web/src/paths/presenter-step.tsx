import type { Subgraph } from "../api/types";
import { AnnotationView } from "./annotation-view";
import { toCaseHref } from "./labels";
import { StepEvidence } from "./step-evidence";
import type { TeachingStepData } from "./types";

export interface PresenterStepProps {
  step: TeachingStepData;
  index: number;
  count: number;
  title: string;
  revealed: boolean;
  onReveal: () => void;
  /** The path's nodes with safety and evidence; null while loading. */
  details: Subgraph | null;
  detailsError?: unknown;
}

/** The current step's words: annotation, its saved case, and the question with a hidden answer. */
export function PresenterStep({
  step,
  index,
  count,
  title,
  revealed,
  onReveal,
  details,
  detailsError = null,
}: PresenterStepProps) {
  const missing = step.nodeId ? step.node === null : step.edge === null;
  return (
    <article
      className="presenter-step paths-card"
      aria-labelledby="presenter-step-title"
      data-testid="presenter-step"
    >
      <p className="step-kicker">
        Step {index + 1} of {count} · {step.edgeId ? "Relationship" : "Node"}
      </p>
      <h2 id="presenter-step-title" className="presenter-step-title">
        {title}
      </h2>
      {missing && (
        <p className="notice small">This part of the graph has since been removed; the notes remain.</p>
      )}
      {step.question && (
        <section className="step-question" aria-label="Question">
          <h3>Question</h3>
          <AnnotationView markdown={step.question} empty="" />
          {step.answer &&
            (revealed ? (
              <div className="step-answer" data-testid="answer">
                <h4>Answer</h4>
                <AnnotationView markdown={step.answer} empty="" />
              </div>
            ) : (
              <button type="button" className="button" onClick={onReveal} aria-keyshortcuts="R">
                Show answer (R)
              </button>
            ))}
        </section>
      )}
      <AnnotationView markdown={step.annotation} empty="No notes for this step." />
      {step.case && (
        <aside className="step-case" aria-label="Case for this step">
          <h3>The case</h3>
          <p className="small">
            {step.case.gestationalWeek !== null && <>Week {step.case.gestationalWeek}. </>}
            Present: {step.case.presentFindings.map((finding) => finding.name).join(", ") || "—"}
            {step.case.absentFindings.length > 0 &&
              `. Absent: ${step.case.absentFindings.map((finding) => finding.name).join(", ")}`}
            .
          </p>
          <a className="small" href={toCaseHref(step.case)}>
            Open this case in the differential
          </a>
        </aside>
      )}
      <StepEvidence step={step} details={details} error={detailsError} />
    </article>
  );
}
