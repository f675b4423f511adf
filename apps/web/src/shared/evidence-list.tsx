import type { EvidenceItem, SourceRef } from "../api/types";
import { toSourceKindLabel } from "../safety/safety";

/**
 * A source's words in quotation marks when they are verbatim; otherwise "summary of <citation>",
 * never dressed up as a quote.
 */
export function QuoteOrSummary({
  quote,
  verbatim,
  source,
}: {
  quote: string;
  verbatim: boolean;
  source: SourceRef;
}) {
  if (verbatim) return <blockquote className="quote">“{quote}”</blockquote>;
  return (
    <p className="summary-of">
      <span className="summary-label">Summary of</span>{" "}
      <cite>{(source.citation ?? source.title).replace(/\.$/, "")}</cite>: {quote}
    </p>
  );
}

export function SourceCite({ source }: { source: SourceRef }) {
  return (
    <cite className="quote-source">
      {source.title}
      <span className="source-kind"> · {toSourceKindLabel(source.sourceKind)}</span>
    </cite>
  );
}

/** Quotes (or summaries) with the source each comes from and what kind of source it is. */
export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="muted">No quotes recorded.</p>;
  return (
    <ul className="evidence">
      {evidence.map((item) => (
        <li key={`${item.source.id}:${item.quote}`}>
          <QuoteOrSummary {...item} />
          <SourceCite source={item.source} />
        </li>
      ))}
    </ul>
  );
}
