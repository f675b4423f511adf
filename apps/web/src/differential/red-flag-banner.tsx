"use client";

import { useState } from "react";
import { EvidenceList } from "../shared/evidence-list";
import type { RedFlag } from "./case-types";
import { NO_ANNOUNCEMENT, toFlagAnnouncement } from "./red-flag-announcer";
import { UrgencyBadge } from "./urgency-badge";

/**
 * Red flags above everything else, each with its message, what raised it and the evidence. The
 * banner itself is no live region (an alert role re-announced every flag on every change); a
 * separate assertive region, always in the page so screen readers track it, says each flag once,
 * when it first appears.
 */
export function RedFlagBanner({ flags }: { flags: RedFlag[] }) {
  const [announcement, setAnnouncement] = useState(NO_ANNOUNCEMENT);
  const next = toFlagAnnouncement(announcement, flags);
  if (next !== announcement) setAnnouncement(next);

  return (
    <>
      <p
        className="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="red-flag-announcer"
      >
        {next.text}
      </p>
      {flags.length > 0 && (
        <section className="red-flags" aria-labelledby="red-flags-title" data-testid="red-flags">
          <h2 id="red-flags-title" className="red-flags-title">
            <span aria-hidden="true">⚠</span> {flags.length === 1 ? "Red flag" : `${flags.length} red flags`}:
            act now
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
      )}
    </>
  );
}
