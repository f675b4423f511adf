import { describeError } from "../api/graphql";
import { type CardAction, PathCard } from "./path-card";
import type { PathSummary } from "./types";
import type { PathList } from "./use-path-list";

export interface PathSectionProps {
  title: string;
  list: PathList;
  canEdit: boolean;
  empty: string;
  onAction: (action: CardAction, path: PathSummary) => void;
  testId: string;
}

/** A titled list of paths with its count and a "Load more" button for the next page. */
export function PathSection({ title, list, canEdit, empty, onAction, testId }: PathSectionProps) {
  const headingId = `${testId}-heading`;
  return (
    <section className="path-section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className="section-title">
        {title} {list.totalCount > 0 && <span className="muted">({list.totalCount})</span>}
      </h2>
      {list.error !== null && (
        <p className="alert" role="alert">
          Could not load the paths. {describeError(list.error)}
        </p>
      )}
      {list.paths.length === 0 && !list.loading && list.error === null && <p className="muted">{empty}</p>}
      <ul className="path-grid">
        {list.paths.map((path) => (
          <PathCard key={path.id} path={path} canEdit={canEdit} onAction={onAction} />
        ))}
      </ul>
      {list.loading && <p className="muted small">Loading…</p>}
      {list.hasMore && !list.loading && (
        <button type="button" className="button load-more" onClick={list.loadMore}>
          Load more
        </button>
      )}
    </section>
  );
}
