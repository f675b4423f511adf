"use client";

import { type KeyboardEvent, useId } from "react";
import { describeError } from "../api/graphql";
import { toCount } from "../shared/format";
import type { CaseInterpretation, FindingMention, NamedRef } from "./case-queries";
import { describeReading, NOTE_MAX, type NoteSegment, toNoteSegments } from "./note-reading";
import type { CaseNoteState } from "./use-case-note";
import { formatWeek } from "./week-input";

export interface CaseNoteProps {
  note: CaseNoteState;
  present: readonly string[];
  /** Adds a finding offered for a word the reader could not place ("did you mean"). */
  onAdd: (finding: NamedRef) => void;
}

/** How many findings a word not recognised offers; the API may give more for a common word. */
const MAX_OFFERS = 6;

function mentionLabel(mention: FindingMention): string {
  const side = mention.laterality ? `, ${mention.laterality.toLowerCase()}` : "";
  const qualifiers = mention.qualifiers.length > 0 ? `, ${mention.qualifiers.join(", ")}` : "";
  return `${mention.present ? "present" : "absent"}: ${mention.finding.name}${side}${qualifiers}`;
}

/** One stretch of the note; the icon and the hidden words say what colour alone would not. */
function Segment({ segment }: { segment: NoteSegment }) {
  if (segment.kind === "text") return <>{segment.text}</>;
  if (segment.kind === "mention") {
    const { mention } = segment;
    return (
      <mark
        className={mention.present ? "note-mark is-present" : "note-mark is-absent"}
        data-finding-id={mention.finding.id}
        data-present={mention.present}
        title={mentionLabel(mention)}
      >
        <span className="note-icon" aria-hidden="true">
          {mention.present ? "✓" : "✕"}
        </span>
        {segment.text}
        <span className="visually-hidden"> ({mentionLabel(mention)})</span>
      </mark>
    );
  }
  if (segment.kind === "unknown") {
    return (
      <mark className="note-mark is-unknown" data-unknown-word={segment.text} title="Not recognised">
        <span className="note-icon" aria-hidden="true">
          ?
        </span>
        {segment.text}
        <span className="visually-hidden"> (not recognised)</span>
      </mark>
    );
  }
  const { age } = segment;
  const label = age.week === null ? "week refused" : `week ${formatWeek(age.week, age.days)}`;
  return (
    <mark className={age.week === null ? "note-mark is-refused" : "note-mark is-week"} title={label}>
      <span className="note-icon" aria-hidden="true">
        {age.week === null ? "!" : "◷"}
      </span>
      {segment.text}
      <span className="visually-hidden"> ({label})</span>
    </mark>
  );
}

function UnknownWords({
  reading,
  present,
  onAdd,
}: {
  reading: CaseInterpretation;
  present: readonly string[];
  onAdd: (finding: NamedRef) => void;
}) {
  if (reading.unrecognizedWords.length === 0) return null;
  return (
    <div className="note-unknown">
      <h4>Not recognised</h4>
      <ul data-testid="note-unknown">
        {reading.unrecognizedWords.map((word) => (
          <li key={word.span.start} data-word={word.span.text}>
            <span className="note-word">“{word.span.text}”</span>
            {word.suggestions.length > 0 && (
              <span className="note-suggestions">
                {" "}
                did you mean {word.suggestions.map((s) => `“${s}”`).join(" or ")}?
              </span>
            )}
            {word.findings.length > 0 ? (
              <span className="note-offers">
                {word.findings.slice(0, MAX_OFFERS).map((finding) => {
                  const entered = present.includes(finding.id);
                  return (
                    <button
                      key={finding.id}
                      type="button"
                      className="button button-small"
                      data-finding-id={finding.id}
                      disabled={entered}
                      onClick={() => onAdd(finding)}
                    >
                      {entered ? `✓ ${finding.name}` : `+ ${finding.name}`}
                      <span className="visually-hidden">
                        {entered ? " is entered as present" : " as present, for this word"}
                      </span>
                    </button>
                  );
                })}
              </span>
            ) : (
              <span className="muted small">
                {" "}
                no finding to offer: add it with the search below if it matters.
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A free-text note read by the API: its findings fill the chips, its week the week field, and the
 * note is shown back with what was read and what was not.
 */
export function CaseNote({ note, present, onAdd }: CaseNoteProps) {
  const id = useId();
  const { text, reading, readText } = note;
  const stale = reading !== null && readText !== text;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      note.read();
    }
  }

  let status = "";
  if (note.loading) status = "Reading the note…";
  else if (reading && readText !== null)
    status = [describeReading(reading), note.summary].filter(Boolean).join(" ");

  return (
    <div className="case-note">
      <label htmlFor={`${id}-note`} className="case-note-label">
        Clinical note
      </label>
      <p id={`${id}-hint`} className="muted small case-note-hint">
        Paste or write the history; <strong>Read note</strong> (or Ctrl+Enter) adds the findings it names,
        present or absent, and the week. Kept in this tab only, never in the link.
      </p>
      <textarea
        id={`${id}-note`}
        className="case-note-input"
        rows={4}
        maxLength={NOTE_MAX}
        spellCheck
        value={text}
        aria-describedby={`${id}-hint`}
        placeholder="e.g. 28+2/40. Right loin pain and fever with rigors. No vaginal bleeding, denies dysuria."
        onChange={(event) => note.setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="case-note-actions">
        <button
          type="button"
          className="button"
          onClick={note.read}
          disabled={text.trim() === "" || note.loading}
        >
          Read note
        </button>
        <span className="muted small">
          {toCount(text.length)} / {toCount(NOTE_MAX)}
        </span>
      </div>
      <p className="case-note-status" aria-live="polite" data-testid="note-status">
        {status}
      </p>
      {note.error !== null && (
        <p role="alert" className="alert">
          <strong>Could not read the note.</strong> {describeError(note.error)}
        </p>
      )}
      {reading && readText !== null && (
        <section className="note-reading" aria-labelledby={`${id}-reading`}>
          <h3 id={`${id}-reading`}>What was read</h3>
          {stale && <p className="muted small">The note has changed since: read it again to update.</p>}
          <p className="note-text" data-testid="note-reading">
            {toNoteSegments(readText, reading).map((segment, index) => (
              // The segments of one reading never move, so their place is a stable key.
              <Segment key={index} segment={segment} />
            ))}
          </p>
          <p className="note-legend muted small" aria-hidden="true">
            ✓ present · ✕ absent · ? not recognised · ◷ week
          </p>
          {reading.warnings.length > 0 && (
            <ul className="note-warnings" data-testid="note-warnings">
              {reading.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <UnknownWords reading={reading} present={present} onAdd={onAdd} />
        </section>
      )}
    </div>
  );
}
