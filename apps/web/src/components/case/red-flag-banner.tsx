import type { RedFlag } from "../../lib/case-types";
import { EvidenceList } from "../evidence-list";
import { UrgencyBadge } from "./urgency-badge";

/** Red flags above everything else, each with its message, what raised it and the evidence. */
export function RedFlagBanner({ flags }: { flags: RedFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <section className="red-flags" role="alert" aria-labelledby="red-flags-title" data-testid="red-flags">
      <h2 id="red-flags-title" className="red-flags-title">
        <span aria-hidden="true">⚠</span> {flags.length === 1 ? "Red flag" : `${flags.length} red flags`}: act
        now
      </h2>
      <ul className="red-flag-list">
        {flags.map((flag) => (
          <li key={flag.id} className="red-flag" data-flag-id={flag.id}>
            <p className="red-flag-message">
              <UrgencyBadge urgency={flag.urgency} /> {flag.message}
            </p>
            <details className="red-flag-details">
              <summary>
                Why: {flag.findings.map((finding) => finding.name).join(", ") || "the ranking"}
                {flag.trigger === "rule" ? " (a curated warning rule)" : " (a likely urgent cause)"}
              </summary>
              <EvidenceList evidence={flag.evidence} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
