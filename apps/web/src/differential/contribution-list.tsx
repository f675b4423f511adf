import { EvidenceList } from "../shared/evidence-list";
import { toRatio, toSignedWeight } from "../shared/format";
import { toContributionNotes } from "./case-contribution";
import type { Contribution } from "./case-types";

/** How each entered finding moved one candidate: the ratio, the frequency behind it, the quotes. */
export function ContributionList({ title, items }: { title: string; items: Contribution[] }) {
  return (
    <section className="contributions">
      <h4 className="contributions-title">
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted small">None of the entered findings.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li
              key={item.finding.id}
              className={item.weight >= 0 ? "contribution supports" : "contribution opposes"}
            >
              <p className="contribution-head">
                <strong>{item.finding.name}</strong>{" "}
                <span className="muted">({item.present ? "present" : "absent"})</span>
                <span className="ratio" title="Likelihood ratio: how much this finding multiplies the odds">
                  odds {toRatio(item.likelihoodRatio)}
                </span>
                <span className="muted small">weight {toSignedWeight(item.weight)}</span>
              </p>
              <p className="contribution-meta muted small">
                {item.frequency
                  ? `Seen ${item.frequency} with this condition`
                  : "Not linked to this condition in the graph"}
                {item.evoking && ` · evoking strength ${item.evoking}`}
              </p>
              <ul
                className="contribution-notes muted small"
                data-origin={item.origin}
                data-clamped={item.clamped}
              >
                {toContributionNotes(item).map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
              <EvidenceList evidence={item.evidence} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
