import { toWeekRange } from "../lib/safety";
import type { Safety } from "../lib/types";
import { QuoteOrSummary, SourceCite } from "./evidence-list";
import { SafetyBadge } from "./safety-badge";

/** Each source's own verdict, so a conflict shows both sides and who says what. */
export function SafetyStatements({ safety, compact = false }: { safety: Safety; compact?: boolean }) {
  if (safety.statements.length === 0) {
    return <p className="muted small">No source in the graph rates its safety in pregnancy.</p>;
  }
  return (
    <ul className="safety-statements">
      {safety.statements.map((statement) => (
        <li key={`${statement.source.id}:${statement.weekFrom}:${statement.quote}`}>
          <p className="statement-head">
            <SafetyBadge level={statement.level} />
            <SourceCite source={statement.source} />
            <span className="muted small"> · {toWeekRange(statement)}</span>
            {statement.viaClass && (
              <span className="muted small"> · via the class {statement.viaClass.name}</span>
            )}
          </p>
          {!compact && <QuoteOrSummary {...statement} />}
          {!compact && statement.note && <p className="statement-note">{statement.note}</p>}
        </li>
      ))}
    </ul>
  );
}
