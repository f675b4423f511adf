import { toStepIndexOfField } from "./draft";
import type { EditorProblem as Problem } from "./editor-state";

export interface EditorProblemProps {
  problem: Problem | null;
  onReload: () => void;
  onDismiss: () => void;
  onGoToStep: (index: number) => void;
}

/** A refused save: a conflict offers the latest version (never overwrites it); other errors say why. */
export function EditorProblem({ problem, onReload, onDismiss, onGoToStep }: EditorProblemProps) {
  if (problem === null) return null;
  if (problem.kind === "conflict") {
    return (
      <div className="alert alert-conflict" role="alert" data-testid="conflict">
        <p>
          <strong>Not saved: this path was changed somewhere else</strong>
          {problem.currentVersion !== undefined && ` (it is now at version ${problem.currentVersion})`}.
          Saving would overwrite that work, so nothing was written.
        </p>
        <p>
          Reload the latest version to continue from it. Your unsaved edits on this page will be replaced;
          copy any text you want to keep first.
        </p>
        <button type="button" className="button" onClick={onReload}>
          Reload latest
        </button>
      </div>
    );
  }
  const stepIndex = toStepIndexOfField(problem.field);
  return (
    <div className="alert" role="alert">
      <p>
        <strong>Not saved.</strong> {problem.message}
      </p>
      <p className="alert-actions">
        {stepIndex !== null && (
          <button type="button" className="button button-small" onClick={() => onGoToStep(stepIndex)}>
            Go to step {stepIndex + 1}
          </button>
        )}
        <button type="button" className="button button-small" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
