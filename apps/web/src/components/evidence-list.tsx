import type { EvidenceItem } from "../lib/types";

/** Verbatim quotes in quotation marks, each with the title of the source it comes from. */
export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="muted">No quotes recorded.</p>;
  return (
    <ul className="evidence">
      {evidence.map((item) => (
        <li key={`${item.source.id}:${item.quote}`}>
          <blockquote className="quote">“{item.quote}”</blockquote>
          <cite className="quote-source">
            {item.source.title}
            <span className="muted"> · {item.source.sourceKind}</span>
          </cite>
        </li>
      ))}
    </ul>
  );
}
