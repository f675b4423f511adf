import { describeError } from "../api/graphql";
import type { CaseState } from "./case-state";

export interface CaseStatusProps {
  state: CaseState;
  error: unknown;
  loading: boolean;
}

/** What the page is waiting for: an error, a first present finding, or the ranking. */
export function CaseStatus({ state, error, loading }: CaseStatusProps) {
  if (error) {
    return (
      <div role="alert" className="alert">
        <strong>Could not rank the differential.</strong> {describeError(error)}
      </div>
    );
  }
  if (state.present.length === 0) {
    return (
      <section className="card intro" aria-labelledby="start-title">
        <h2 id="start-title">Start with what the patient has</h2>
        <p>
          Add at least one finding that is present (for example <em>fever</em> or{" "}
          <em>unilateral back pain</em>), then the gestational week. The differential ranks the causes of back
          pain in pregnancy in the graph, explains each rank with quoted evidence, flags what must not be
          missed and shows what is safe to test or give at that week.
        </p>
      </section>
    );
  }
  return (
    <p className="muted small case-loading" aria-live="polite">
      {loading ? "Updating the differential…" : ""}
    </p>
  );
}
