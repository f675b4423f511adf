import type { NamedRef } from "../../lib/case-types";
import type { Safety } from "../../lib/types";
import { SafetyBadge } from "../safety-badge";
import { SafetyStatements } from "../safety-statements";

export interface SafetyItemProps {
  id: string;
  name: string;
  safety: Safety;
  /** What it is linked to, e.g. "for Pyelonephritis". */
  context?: string;
  warning?: string | null;
  saferAlternatives?: NamedRef[];
  /** Show every statement, not only conflicting ones (the print view). */
  expandAll?: boolean;
}

const sourceCount = (count: number) => (count === 1 ? "1 source" : `${count} sources`);

/** One test, drug or measure with its verdict at the week and every source's statement. */
export function SafetyItem({
  id,
  name,
  safety,
  context,
  warning,
  saferAlternatives = [],
  expandAll = false,
}: SafetyItemProps) {
  // A conflict shows both sides at once (who says what); the words themselves can wait behind a disclosure.
  const conflicting = safety.level === "CONFLICTING";
  return (
    <li
      className={`safety-item level-${safety.level.toLowerCase()}`}
      data-subject-id={id}
      data-level={safety.level}
    >
      <p className="safety-item-head">
        <strong className="safety-item-name">{name}</strong>
        <SafetyBadge level={safety.level} week={safety.gestationalWeek} long />
      </p>
      {context && <p className="muted small">{context}</p>}
      {warning && (
        <p className="safety-warning">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      )}
      {saferAlternatives.length > 0 && (
        <p className="small">
          Safer alternatives: {saferAlternatives.map((alternative) => alternative.name).join(", ")}
        </p>
      )}
      {conflicting && !expandAll && <SafetyStatements safety={safety} compact />}
      {expandAll ? (
        <SafetyStatements safety={safety} />
      ) : (
        safety.statements.length > 0 && (
          <details className="safety-sources">
            <summary>{conflicting ? "What each source says" : sourceCount(safety.statements.length)}</summary>
            <SafetyStatements safety={safety} />
          </details>
        )
      )}
    </li>
  );
}
