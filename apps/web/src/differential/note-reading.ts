import { type CaseState, MAX_FINDINGS } from "./case-state";
import type {
  CaseInterpretation,
  FindingMention,
  GestationalAgeReading,
  NamedRef,
  TextSpan,
} from "./case-types";
import { formatWeek } from "./week-input";

/** The API reads notes of 1 to 10,000 UTF-16 code units (`NOTE_MAX` in @bpx/schema). */
export const NOTE_MAX = 10_000;

/** What reading a note did to the case, so the page can say it. */
export interface NoteMerge {
  state: CaseState;
  added: { present: NamedRef[]; absent: NamedRef[] };
  /** Findings the note reads one way that the clinician entered the other way: left as entered. */
  kept: { finding: NamedRef; enteredPresent: boolean }[];
  /** Findings left out because the case holds as many as the API takes. */
  full: NamedRef[];
  week:
    | { kind: "none" }
    | { kind: "refused"; message: string }
    | { kind: "same"; week: number; days: number | null }
    | { kind: "applied"; week: number; days: number | null; previous: string | null };
}

function mergeWeek(state: CaseState, age: GestationalAgeReading | null): Pick<NoteMerge, "state" | "week"> {
  if (age === null) return { state, week: { kind: "none" } };
  if (age.week === null) {
    // The API refuses a week outside 1-42 rather than guess; the case keeps the week it had.
    return { state, week: { kind: "refused", message: age.error ?? "The note's week was refused." } };
  }
  const days = age.days;
  if (state.week === age.week && state.days === days)
    return { state, week: { kind: "same", week: age.week, days } };
  return {
    state: { ...state, week: age.week, days },
    week: {
      kind: "applied",
      week: age.week,
      days,
      previous: state.week === null ? null : formatWeek(state.week, state.days),
    },
  };
}

/**
 * Adds what a note says to the case. Findings the clinician already entered stay as entered (a
 * disagreement is reported, not applied); new ones are added present or absent as the note reads
 * them; the note's week, when it gives one, goes into the week field.
 */
export function mergeReading(state: CaseState, reading: CaseInterpretation): NoteMerge {
  let present = [...state.present];
  let absent = [...state.absent];
  const added: NoteMerge["added"] = { present: [], absent: [] };
  const kept: NoteMerge["kept"] = [];
  const full: NamedRef[] = [];
  const take = (finding: NamedRef, isPresent: boolean) => {
    const enteredPresent = present.includes(finding.id);
    if (enteredPresent || absent.includes(finding.id)) {
      if (enteredPresent !== isPresent) kept.push({ finding, enteredPresent });
      return;
    }
    if (present.length + absent.length >= MAX_FINDINGS) {
      full.push(finding);
      return;
    }
    if (isPresent) {
      present = [...present, finding.id];
      added.present.push(finding);
    } else {
      absent = [...absent, finding.id];
      added.absent.push(finding);
    }
  };
  for (const finding of reading.present) take(finding, true);
  for (const finding of reading.absent) take(finding, false);
  const { state: next, week } = mergeWeek({ ...state, present, absent }, reading.gestationalAge);
  return { state: next, added, kept, full, week };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Read 4 findings: 3 present, 1 absent; week 28+2; 2 words not recognised." */
export function describeReading(reading: CaseInterpretation): string {
  const found = reading.present.length + reading.absent.length;
  const parts = [
    found === 0
      ? "Read no findings"
      : `Read ${plural(found, "finding", "findings")}: ${reading.present.length} present, ${reading.absent.length} absent`,
  ];
  const age = reading.gestationalAge;
  if (age?.week != null) parts.push(`week ${formatWeek(age.week, age.days)}`);
  else if (age) parts.push("week refused");
  const unknown = reading.unrecognizedWords.length;
  if (unknown > 0) parts.push(`${plural(unknown, "word", "words")} not recognised`);
  return `${parts.join("; ")}.`;
}

const names = (findings: readonly NamedRef[]) => findings.map((finding) => finding.name).join(", ");

/** What the merge changed, in sentences: added, kept as entered, left out, and the week. */
export function describeMerge(merge: NoteMerge): string {
  const sentences: string[] = [];
  const added = merge.added.present.length + merge.added.absent.length;
  if (added > 0) sentences.push(`Added ${plural(added, "finding", "findings")} to the case.`);
  else if (merge.kept.length === 0 && merge.full.length === 0) sentences.push("No new findings to add.");
  for (const { finding, enteredPresent } of merge.kept) {
    sentences.push(
      `${finding.name} is entered as ${enteredPresent ? "present" : "absent"} but the note reads it ${
        enteredPresent ? "absent" : "present"
      }: kept as entered.`,
    );
  }
  if (merge.full.length > 0) {
    sentences.push(`Not added, the case holds ${MAX_FINDINGS} findings at most: ${names(merge.full)}.`);
  }
  const { week } = merge;
  if (week.kind === "refused") sentences.push(week.message);
  else if (week.kind === "applied") {
    const now = formatWeek(week.week, week.days);
    sentences.push(
      week.previous === null ? `Week set to ${now}.` : `Week changed from ${week.previous} to ${now}.`,
    );
  }
  return sentences.join(" ");
}

/** A stretch of the note as shown back: plain text, a finding, a word not placed, or the week. */
export type NoteSegment =
  | { kind: "text"; text: string }
  | { kind: "mention"; text: string; mention: FindingMention }
  | { kind: "unknown"; text: string; index: number }
  | { kind: "week"; text: string; age: GestationalAgeReading };

interface Marked {
  segment: NoteSegment;
  start: number;
  end: number;
}

/**
 * Splits the note at the spans the API read, in order. A span that overlaps an earlier one, or no
 * longer matches the note's text, is left as plain text rather than drawn in the wrong place.
 */
export function toNoteSegments(note: string, reading: CaseInterpretation): NoteSegment[] {
  const marks: Marked[] = [];
  const mark = (span: TextSpan, segment: NoteSegment) => {
    if (span.start < 0 || span.end > note.length || span.start >= span.end) return;
    if (note.slice(span.start, span.end) !== span.text) return;
    marks.push({ segment, start: span.start, end: span.end });
  };
  for (const mention of reading.mentions) {
    mark(mention.span, { kind: "mention", text: mention.span.text, mention });
  }
  reading.unrecognizedWords.forEach((word, index) => {
    mark(word.span, { kind: "unknown", text: word.span.text, index });
  });
  const age = reading.gestationalAge;
  if (age) mark(age.span, { kind: "week", text: age.span.text, age });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: NoteSegment[] = [];
  let at = 0;
  for (const { segment, start, end } of marks) {
    if (start < at) continue;
    if (start > at) segments.push({ kind: "text", text: note.slice(at, start) });
    segments.push(segment);
    at = end;
  }
  if (at < note.length) segments.push({ kind: "text", text: note.slice(at) });
  return segments;
}
