import Link from "next/link";
import type { Safety, SafetyHeadline, SafetyStatement } from "../api/types";
import { toHeadlineNote } from "../safety/safety";
import { SafetyBadge } from "../safety/safety-badge";
import { SafetyStatements } from "../safety/safety-statements";
import type { NamedRef } from "./case-types";

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

/** Who the reader must see at a glance: the top-rank sides of a split, or the dissent. */
function atGlance(safety: Safety): ((s: SafetyStatement) => boolean) | null {
  if (safety.level === "CONFLICTING") return (s) => s.counted && s.rank === safety.headlineRank;
  if (safety.conflict) return (s) => s.dissents;
  return null;
}

/**
 * One test, drug or measure: the headline at the week, where it is read from, who disagrees, and
 * every source's statement behind a disclosure.
 */
export function SafetyItem({
  id,
  name,
  safety,
  context,
  warning,
  saferAlternatives = [],
  expandAll = false,
}: SafetyItemProps) {
  const glance = atGlance(safety);
  const note = toHeadlineNote(safety);
  return (
    <li
      className={`safety-item level-${safety.level.toLowerCase()}${safety.conflict ? " has-conflict" : ""}`}
      data-subject-id={id}
      data-level={safety.level}
      data-conflict={safety.conflict}
    >
      <p className="safety-item-head">
        <strong className="safety-item-name">{name}</strong>
        <SafetyBadge level={safety.level} week={safety.gestationalWeek} long />
      </p>
      {context && <p className="muted small">{context}</p>}
      {note && (
        <p className="headline-note small">
          {safety.conflict && <span aria-hidden="true">⇄ </span>}
          {note}
        </p>
      )}
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
      {glance && !expandAll && (
        <div className="safety-glance" data-testid="safety-glance">
          <SafetyStatements safety={safety} compact only={glance} />
        </div>
      )}
      {expandAll ? (
        <SafetyStatements safety={safety} />
      ) : (
        safety.statements.length > 0 && (
          <details className="safety-sources">
            <summary>{glance ? "What each source says" : sourceCount(safety.statements.length)}</summary>
            <SafetyStatements safety={safety} />
          </details>
        )
      )}
    </li>
  );
}

/**
 * A test, drug or measure known only by its headline (the case graph's linked nodes): the verdict,
 * where it is read from, and a link to the page with every statement.
 */
export function SafetyHeadlineItem({
  id,
  name,
  safety,
}: {
  id: string;
  name: string;
  safety: SafetyHeadline;
}) {
  const note = toHeadlineNote(safety);
  return (
    <li
      className={`safety-item level-${safety.level.toLowerCase()}${safety.conflict ? " has-conflict" : ""}`}
      data-subject-id={id}
      data-level={safety.level}
      data-conflict={safety.conflict}
    >
      <p className="safety-item-head">
        <strong className="safety-item-name">{name}</strong>
        <SafetyBadge level={safety.level} week={safety.gestationalWeek} long />
      </p>
      {note && <p className="headline-note small">{note}</p>}
      <p className="small">
        <Link href={`/node/${encodeURIComponent(id)}`}>What each source says</Link>
      </p>
    </li>
  );
}
