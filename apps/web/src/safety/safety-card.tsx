import { toTrimester } from "@bpx/domain";
import Link from "next/link";
import { describeError } from "../api/graphql";
import type { Safety } from "../api/types";
import { KindBadge } from "../graph-kit/kind-icon";
import { toTrimesterLabel } from "../shared/format";
import { toHeadlineNote, toNoteIdTokens } from "./safety";
import { SafetyBadge } from "./safety-badge";
import { toSaferAlternatives, toSafetyCheckHref } from "./safety-check";
import type { AlternativesData, CheckedNode } from "./safety-check-queries";
import { SafetyStatements } from "./safety-statements";
import { useNodeNames } from "./use-node-names";

export interface SafetyCardProps {
  node: CheckedNode;
  safety: Safety & { dissent: { source: { id: string } }[] };
  week: number | null;
  alternatives: AlternativesData | null;
  alternativesLoading: boolean;
  alternativesError: unknown;
}

function toWhen(week: number | null): string {
  return week === null
    ? "over the whole pregnancy"
    : `at week ${week} (${toTrimesterLabel(toTrimester(week))})`;
}

/** The conflict flag in words: who disagrees, or that no source does. */
function ConflictFlag({ safety }: { safety: SafetyCardProps["safety"] }) {
  if (!safety.conflict) {
    return (
      <p className="conflict-flag conflict-none" data-testid="conflict-flag" data-conflict="false">
        <span aria-hidden="true">✓</span> No conflict: every source that speaks to this week agrees.
      </p>
    );
  }
  const sources = new Set(safety.dissent.map((statement) => statement.source.id)).size;
  return (
    <p className="conflict-flag conflict-yes" data-testid="conflict-flag" data-conflict="true">
      <span aria-hidden="true">⇄</span> <strong>Sources disagree.</strong>{" "}
      {safety.level === "CONFLICTING"
        ? "The highest-ranking sources split between usable and not usable: read every statement below."
        : `${sources === 1 ? "1 source disagrees" : `${sources} sources disagree`} with the headline; the headline follows the highest rank.`}
    </p>
  );
}

/** A printable card: the verdict, the conflict flag, every statement, and safer alternatives. */
export function SafetyCard({
  node,
  safety,
  week,
  alternatives,
  alternativesLoading,
  alternativesError,
}: SafetyCardProps) {
  const note = toHeadlineNote(safety);
  const names = useNodeNames(toNoteIdTokens(safety.statements.map((statement) => statement.note)));
  const safer = alternatives ? toSaferAlternatives(alternatives.neighborhood, node.id, safety.level) : [];
  return (
    <article className="card safety-card" aria-labelledby="safety-card-title" data-testid="safety-card">
      <header className="safety-card-header">
        <KindBadge kind={node.kind} />
        <h2 id="safety-card-title">
          {node.name} <span className="safety-card-when">{toWhen(week)}</span>
        </h2>
        {node.aliases.length > 0 && <p className="muted small">Also known as {node.aliases.join(", ")}</p>}
      </header>

      <section className="safety-verdict" aria-labelledby="safety-verdict-title" data-testid="safety-verdict">
        <h3 id="safety-verdict-title" className="visually-hidden">
          Verdict
        </h3>
        <p className="safety-verdict-level" data-level={safety.level}>
          <SafetyBadge level={safety.level} week={week} long />
        </p>
        {note && <p className="small">{note}</p>}
        <ConflictFlag safety={safety} />
      </section>

      <section aria-labelledby="safety-statements-title">
        <h3 id="safety-statements-title">
          What each source says ({safety.statements.length}{" "}
          {safety.statements.length === 1 ? "statement" : "statements"})
        </h3>
        <p className="muted small">
          Highest rank first. Rank 1 regulator, 2 guideline or professional body, 3 textbook, review or study,
          4 consumer article; the headline is read from the best rank that speaks.
        </p>
        <SafetyStatements safety={safety} names={names} />
      </section>

      <section aria-labelledby="safety-alternatives-title" data-testid="safer-alternatives">
        <h3 id="safety-alternatives-title">Safer alternatives in the graph</h3>
        {alternativesError !== null && alternativesError !== undefined && (
          <p className="alert">Could not read the alternatives. {describeError(alternativesError)}</p>
        )}
        {alternativesLoading && !alternatives && <p className="muted small">Loading…</p>}
        {alternatives && safer.length === 0 && (
          <p className="muted small">
            {safety.level === "ALLOWED"
              ? "It is already allowed at this week."
              : "The graph links no safer alternative to it at this week."}
          </p>
        )}
        {safer.length > 0 && (
          <>
            <p className="muted small">
              Linked to it as an alternative, or used for the same condition or finding, and rated safer{" "}
              {week === null ? "over the whole pregnancy" : `at week ${week}`}. Check each before use.
            </p>
            <ul className="safer-list">
              {safer.map((alternative) => (
                <li key={alternative.id} data-alternative-id={alternative.id}>
                  <Link href={toSafetyCheckHref(alternative.id, week)}>{alternative.name}</Link>{" "}
                  <SafetyBadge level={alternative.level} />
                  <span className="muted small"> · {alternative.reasons.join("; ")}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <p className="safety-card-disclaimer small">
        Decision support from the listed sources, not a prescription. Verdicts as stated by each source for
        the week; dose, route and duration are in the notes.
      </p>
      <p className="safety-card-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print this card
        </button>
        <Link href={`/node/${encodeURIComponent(node.id)}`}>Open its page</Link>
        <Link href={`/explore?node=${encodeURIComponent(node.id)}${week === null ? "" : `&week=${week}`}`}>
          Show in the graph explorer
        </Link>
      </p>
    </article>
  );
}
