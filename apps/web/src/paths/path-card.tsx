import type { PathSummary } from "./queries";

export type CardAction = "duplicate" | "export" | "delete";

export interface PathCardProps {
  path: PathSummary;
  canEdit: boolean;
  onAction: (action: CardAction, path: PathSummary) => void;
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** Each action's button text, and its label naming the path for a screen reader. */
const ACTION_TEXT: Record<CardAction, { text: string; label: (title: string) => string }> = {
  duplicate: { text: "Duplicate", label: (title) => `Duplicate “${title}”` },
  export: { text: "Export JSON", label: (title) => `Export “${title}” as JSON` },
  delete: { text: "Delete", label: (title) => `Delete “${title}”` },
};

function ActionButton({ action, path, onAction }: { action: CardAction } & Omit<PathCardProps, "canEdit">) {
  const { text, label } = ACTION_TEXT[action];
  return (
    <button
      type="button"
      className={action === "delete" ? "button button-small button-danger" : "button button-small"}
      onClick={() => onAction(action, path)}
      aria-label={label(path.title)}
    >
      {text}
    </button>
  );
}

/** One path in the library: what it covers, for whom, and what the viewer may do with it. */
export function PathCard({ path, canEdit, onAction }: PathCardProps) {
  const href = `/paths/${encodeURIComponent(path.id)}`;
  return (
    <li className="path-card" data-path-id={path.id}>
      <h3 className="path-card-title">
        <a href={href}>{path.title}</a>
      </h3>
      {path.summary && <p className="path-card-summary">{path.summary}</p>}
      <p className="path-card-meta small muted">
        <span className={`status-badge status-${path.status.toLowerCase()}`}>
          {path.status === "PUBLISHED" ? "Published" : "Draft"}
        </span>
        <span>
          {path.stepCount} {path.stepCount === 1 ? "step" : "steps"}
        </span>
        {path.audience && <span>For {path.audience}</span>}
        <span>
          Updated {DATE.format(new Date(path.updatedAt))} by {path.author}
        </span>
      </p>
      <div className="path-card-actions">
        <a className="button button-small button-primary" href={href} aria-label={`Present “${path.title}”`}>
          Present
        </a>
        {canEdit && (
          <>
            {path.canEdit && (
              <a className="button button-small" href={`${href}/edit`} aria-label={`Edit “${path.title}”`}>
                Edit
              </a>
            )}
            <ActionButton action="duplicate" path={path} onAction={onAction} />
            <ActionButton action="export" path={path} onAction={onAction} />
            {path.canEdit && <ActionButton action="delete" path={path} onAction={onAction} />}
          </>
        )}
      </div>
    </li>
  );
}
