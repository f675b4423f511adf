import type { Safety, SafetyStatement } from "../api/types";
import { QuoteOrSummary, SourceCite } from "../shared/evidence-list";
import { toCitationLine, toRankLabel, toReadableNote, toStatementNames, toWeekRange } from "./safety";
import { SafetyBadge } from "./safety-badge";

/** What a statement did to the headline, in words: dissent is shown, never silently dropped. */
function toRole(statement: SafetyStatement): string | null {
  if (statement.dissents) return "disagrees with the headline";
  if (!statement.counted) return "overridden by this source's more specific or stricter statement";
  return null;
}

/** One source's statement: its level, rank, citation, and its words (a quote) or a summary. */
function StatementItem({
  statement,
  compact,
  names,
}: {
  statement: SafetyStatement;
  compact: boolean;
  names: ReadonlyMap<string, string>;
}) {
  const role = toRole(statement);
  const citation = toCitationLine(statement);
  return (
    <li
      className={`safety-statement${statement.dissents ? " dissent" : ""}${statement.counted ? "" : " superseded"}`}
      data-rank={statement.rank}
      data-text-kind={statement.textKind}
      data-dissents={statement.dissents}
    >
      <p className="statement-head">
        <SafetyBadge level={statement.level} />
        <span className="source-rank">{toRankLabel(statement.rank)}</span>
        <SourceCite source={statement.source} />
        <span className="muted small"> · {toWeekRange(statement)}</span>
        {statement.viaClass && (
          <span className="muted small"> · via the class {statement.viaClass.name}</span>
        )}
        {role && <span className="statement-role small"> · {role}</span>}
      </p>
      {!compact && (
        <>
          {citation && <p className="statement-citation small">{citation}</p>}
          <p className="text-kind small">
            {statement.textKind === "QUOTE"
              ? "Quote (the source's own words)"
              : "Summary (not the source's words)"}
          </p>
          <QuoteOrSummary {...statement} />
          {statement.note && <p className="statement-note">{toReadableNote(statement.note, names)}</p>}
        </>
      )}
    </li>
  );
}

/** Each source's own verdict, highest rank first, so a conflict shows both sides and who says what. */
export function SafetyStatements({
  safety,
  compact = false,
  only,
  names,
}: {
  safety: Safety;
  compact?: boolean;
  /** Names of other nodes the curators' notes may cite by id (the statements' own sources are known). */
  names?: ReadonlyMap<string, string>;
  /** Show only these statements (e.g. the dissent); all when omitted. */
  only?: (statement: SafetyStatement) => boolean;
}) {
  if (safety.statements.length === 0) {
    return <p className="muted small">No source in the graph rates its safety in pregnancy.</p>;
  }
  const shown = only ? safety.statements.filter(only) : safety.statements;
  const known = new Map([...(names ?? []), ...toStatementNames(safety.statements)]);
  return (
    <ul className="safety-statements">
      {shown.map((statement) => (
        <StatementItem
          key={`${statement.source.id}:${statement.weekFrom}:${statement.level}:${statement.quote}`}
          statement={statement}
          compact={compact}
          names={known}
        />
      ))}
    </ul>
  );
}
