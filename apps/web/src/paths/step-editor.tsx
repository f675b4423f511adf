"use client";

import { TEACHING_PATH_LIMITS } from "@bpx/domain";
import { AnnotationView } from "./annotation-view";
import type { DraftStep } from "./draft";

export interface StepEditorProps {
  step: DraftStep;
  index: number;
  title: string;
  /** The API named a field of this step as wrong. */
  fieldError: string | null;
  onChange: (patch: Partial<Pick<DraftStep, "annotation" | "question" | "answer">>) => void;
  onRemove: () => void;
}

/** Annotation (Markdown, previewed as it is typed), and an optional question with its answer. */
export function StepEditor({ step, index, title, fieldError, onChange, onRemove }: StepEditorProps) {
  const id = `step-${step.key}`;
  return (
    <section className="step-editor" aria-labelledby={`${id}-heading`}>
      <header className="step-editor-head">
        <h2 id={`${id}-heading`}>
          <span className="step-number">{index + 1}</span> {title}
        </h2>
        <button type="button" className="button button-small button-danger" onClick={onRemove}>
          Remove step
        </button>
      </header>
      {fieldError && (
        <p className="alert" role="alert">
          {fieldError}
        </p>
      )}
      <label className="field-label" htmlFor={`${id}-annotation`}>
        Annotation{" "}
        <span className="muted small">(Markdown: ## heading, **bold**, *italic*, - list, &gt; quote)</span>
      </label>
      <textarea
        id={`${id}-annotation`}
        className="field annotation-input"
        rows={8}
        maxLength={TEACHING_PATH_LIMITS.annotationMax}
        value={step.annotation}
        onChange={(event) => onChange({ annotation: event.target.value })}
      />
      <div className="preview" aria-live="polite">
        <p className="preview-label">Preview</p>
        <AnnotationView
          markdown={step.annotation}
          empty="The annotation will appear here as learners see it."
        />
      </div>
      <label className="field-label" htmlFor={`${id}-question`}>
        Question for the learner <span className="muted small">(optional)</span>
      </label>
      <input
        id={`${id}-question`}
        className="field"
        maxLength={TEACHING_PATH_LIMITS.questionMax}
        value={step.question}
        onChange={(event) => onChange({ question: event.target.value })}
      />
      <label className="field-label" htmlFor={`${id}-answer`}>
        Answer <span className="muted small">(revealed on demand)</span>
      </label>
      <textarea
        id={`${id}-answer`}
        className="field"
        rows={3}
        maxLength={TEACHING_PATH_LIMITS.answerMax}
        value={step.answer}
        onChange={(event) => onChange({ answer: event.target.value })}
      />
    </section>
  );
}
