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

type StepText = "annotation" | "question" | "answer";

interface StepFieldProps extends Pick<StepEditorProps, "step" | "onChange"> {
  /** The step's id prefix: the control is `${id}-${field}`. */
  id: string;
  field: StepText;
  label: string;
  hint: string;
  /** A text area of this many rows; without it, a one-line input. */
  rows?: number;
  className?: string;
}

/** One of the step's texts with its label, held to the API's length limit. */
function StepField({ id, field, label, hint, rows, className = "field", step, onChange }: StepFieldProps) {
  const controlId = `${id}-${field}`;
  const maxLength = TEACHING_PATH_LIMITS[`${field}Max`];
  const change = (event: { target: { value: string } }) => onChange({ [field]: event.target.value });
  return (
    <>
      <label className="field-label" htmlFor={controlId}>
        {`${label} `}
        <span className="muted small">{hint}</span>
      </label>
      {rows === undefined ? (
        <input
          id={controlId}
          className={className}
          maxLength={maxLength}
          value={step[field]}
          onChange={change}
        />
      ) : (
        <textarea
          id={controlId}
          className={className}
          rows={rows}
          maxLength={maxLength}
          value={step[field]}
          onChange={change}
        />
      )}
    </>
  );
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
      <StepField
        id={id}
        field="annotation"
        label="Annotation"
        hint="(Markdown: ## heading, **bold**, *italic*, - list, > quote)"
        rows={8}
        className="field annotation-input"
        step={step}
        onChange={onChange}
      />
      <div className="preview" aria-live="polite">
        <p className="preview-label">Preview</p>
        <AnnotationView
          markdown={step.annotation}
          empty="The annotation will appear here as learners see it."
        />
      </div>
      <StepField
        id={id}
        field="question"
        label="Question for the learner"
        hint="(optional)"
        step={step}
        onChange={onChange}
      />
      <StepField
        id={id}
        field="answer"
        label="Answer"
        hint="(revealed on demand)"
        rows={3}
        step={step}
        onChange={onChange}
      />
    </section>
  );
}
