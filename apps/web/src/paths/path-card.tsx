import type { PathSummary } from "./types";

export type CardAction = "duplicate" | "export" | "delete";

export interface PathCardProps {
  path: PathSummary;
  canEdit: boolean;
  onAction: (action: CardAction, path: PathSummary) => void;
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

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
            <button
              type="button"
              className="button button-small"
              onClick={() => onAction("duplicate", path)}
              aria-label={`Duplicate “${path.title}”`}
            >
              Duplicate
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => onAction("export", path)}
              aria-label={`Export “${path.title}” as JSON`}
            >
              Export JSON
            </button>
            {path.canEdit && (
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => onAction("delete", path)}
                aria-label={`Delete “${path.title}”`}
              >
                Delete
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
