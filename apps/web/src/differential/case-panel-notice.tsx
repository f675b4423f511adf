import { describeError } from "../api/graphql";

export interface CasePanelNoticeProps {
  /** The panel's accessible name (Node details, Relationship details). */
  label: string;
  /** The neighbourhood load's error, shown as an alert in place of the message. */
  error: unknown;
  /** What the panel says while it has nothing to show (loading, nothing selected, nothing recorded). */
  message: string;
  testId?: string;
}

/** A case-graph side panel with no details to show: the load's error, or a muted message. */
export function CasePanelNotice({ label, error, message, testId }: CasePanelNoticeProps) {
  return (
    <aside className="panel" aria-label={label} data-testid={testId}>
      {error !== null ? (
        <p role="alert" className="alert">
          {describeError(error)}
        </p>
      ) : (
        <p className="muted">{message}</p>
      )}
    </aside>
  );
}
