import { MAX_WEEK, MIN_WEEK } from "@bpx/domain";

/** What the week field holds: nothing, a gestational age, or why the text is refused. */
export type WeekInput =
  | { kind: "empty" }
  | { kind: "age"; week: number; days: number | null }
  | { kind: "refused"; message: string };

/** Longer text is no week, so the pattern below only ever runs on a few characters. */
const MAX_LENGTH = 24;

/**
 * The forms a clinician writes in a week field: "24", "24+3", "24+3/40", "24/40", "24w", "24w3d",
 * "24 weeks 3 days". The bare number is a week here (in a note it needs a unit; see `@bpx/domain`).
 */
const WEEK_FORM =
  /^(\d{1,3})\s*(?:\+\s*(\d{1,2})\s*(?:\/\s*40)?|\/\s*40|w(?:ee)?ks?\s*(?:(?:and\s+)?(\d{1,2})\s*d(?:ays?)?)?|w(?:\s*(\d{1,2})\s*d)?)?$/i;

export const WEEK_FORMS_HINT = "e.g. 24, 24+3 or 24/40";

/**
 * Reads the week field. A week outside 1-42 or days outside 0-6 is refused with a message and
 * never replaced by a nearby week: 45 is not week 4 and 24+9 is not 25+2.
 */
export function parseWeekInput(raw: string): WeekInput {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  const match = text.length <= MAX_LENGTH ? WEEK_FORM.exec(text) : null;
  if (!match) return { kind: "refused", message: `Write the week as a number, ${WEEK_FORMS_HINT}.` };
  const week = Number(match[1]);
  const daysText = match[2] ?? match[3] ?? match[4];
  const days = daysText === undefined ? null : Number(daysText);
  if (week < MIN_WEEK || week > MAX_WEEK) {
    return {
      kind: "refused",
      message: `Week ${week} is outside ${MIN_WEEK}–${MAX_WEEK}: no week is used.`,
    };
  }
  if (days !== null && days > 6) {
    return { kind: "refused", message: `${week}+${days}: days must be 0–6: no week is used.` };
  }
  return { kind: "age", week, days };
}

/** The usual obstetric form: 24, or 24+3 when days are known. */
export function formatWeek(week: number | null, days: number | null): string {
  if (week === null) return "";
  return days === null ? String(week) : `${week}+${days}`;
}
