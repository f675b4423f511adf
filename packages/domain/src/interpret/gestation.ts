import { MAX_WEEK, MIN_WEEK } from "../scales";
import type { Word } from "./terms";
import { NUMBER_WORDS } from "./vocabulary";

/** A gestational age read from a note, or the reason none was taken. */
export interface GestationalAge {
  week: number | null;
  /** Days past the week (24+3 -> 3), when written. */
  days: number | null;
  /** Span of the words read, in the original text. */
  start: number;
  end: number;
  /** Set when the text names a week outside 1-42 or days outside 0-6: the week is then null. */
  error: string | null;
}

interface Candidate extends GestationalAge {
  strength: number;
}

const WEEK_UNITS = new Set(["weeks", "week", "wks", "wk", "w", "wkz"]);
const DAY_UNITS = new Set(["days", "day", "d"]);
const CUES_BEFORE = new Set(["at", "ga", "pog", "gestation", "gestational", "age", "currently", "now"]);
const CUES_AFTER = new Set(["gestation", "gestational", "pregnant", "pregnancy", "pog", "ga"]);
const DURATION_BEFORE = new Set([
  "for",
  "since",
  "past",
  "last",
  "over",
  "within",
  "every",
  "lasting",
  "after",
]);
const DURATION_AFTER = new Set(["ago", "postpartum", "history", "duration", "long", "later", "before"]);
const ORDINAL = new Set(["th", "st", "nd", "rd"]);

/** An integer written in digits or words ("24", "twenty-four", "twenty four"); null otherwise. */
function readNumber(w: readonly Word[], i: number): { value: number; next: number } | null {
  const t = w[i];
  if (!t) return null;
  if (t.kind === "number") return /^\d{1,3}$/.test(t.text) ? { value: Number(t.text), next: i + 1 } : null;
  const tens = NUMBER_WORDS[t.text];
  if (tens === undefined) return null;
  const j = w[i + 1]?.text === "-" ? i + 2 : i + 1;
  const unit = tens >= 20 ? NUMBER_WORDS[w[j]?.text ?? ""] : undefined;
  return unit !== undefined && unit < 10 ? { value: tens + unit, next: j + 1 } : { value: tens, next: i + 1 };
}

const text = (w: readonly Word[], i: number) => w[i]?.text ?? "";

function finish(
  w: readonly Word[],
  from: number,
  to: number,
  week: number,
  days: number | null,
  strength: number,
): Candidate {
  const start = (w[from] as Word).start;
  const end = (w[to - 1] as Word).end;
  const shown = days === null ? `${week} weeks` : `${week}+${days}`;
  let error: string | null = null;
  if (week < MIN_WEEK || week > MAX_WEEK)
    error = `"${shown}" is outside weeks ${MIN_WEEK}-${MAX_WEEK}; no gestational week was taken.`;
  else if (days !== null && days > 6) error = `"${shown}": days must be 0-6; no gestational week was taken.`;
  return { week: error ? null : week, days: error ? null : days, start, end, error, strength };
}

/** Reads one candidate starting at a number; null when the number is not a gestational age. */
function fromNumber(w: readonly Word[], i: number, cueBefore: boolean): Candidate | null {
  const n = readNumber(w, i);
  if (!n) return null;
  const prev = text(w, i - 1);
  if ((prev === "g" || prev === "p") && w[i - 1]?.end === (w[i] as Word).start) return null;
  let j = n.next;
  if (text(w, j) === "+") {
    const d = readNumber(w, j + 1);
    if (!d) return null;
    let end = d.next;
    if (text(w, end) === "/" && text(w, end + 1) === "40") end += 2;
    return finish(w, i, end, n.value, d.value, 3);
  }
  if (text(w, j) === "/") return text(w, j + 1) === "40" ? finish(w, i, j + 2, n.value, null, 3) : null;
  let ordinal = false;
  if (ORDINAL.has(text(w, j))) {
    ordinal = true;
    j++;
  }
  if (text(w, j) === "-") j++;
  if (!WEEK_UNITS.has(text(w, j))) return null;
  const unit = text(w, j);
  let end = j + 1;
  let days: number | null = null;
  let k = end;
  if (text(w, k) === "'") k++;
  if (text(w, k) === "and" || text(w, k) === ",") k++;
  const d = readNumber(w, k);
  if (d && DAY_UNITS.has(text(w, d.next))) {
    days = d.value;
    end = d.next + 1;
  }
  const after = [text(w, end), text(w, end + 1), text(w, end + 2)];
  if (DURATION_AFTER.has(after[0] as string)) return null;
  const cueAfter = after.some((a) => CUES_AFTER.has(a));
  const before = [text(w, i - 1), text(w, i - 2)];
  const compact = unit === "w" && w[j - 1]?.end === (w[j] as Word).start;
  const strong =
    cueBefore || cueAfter || ordinal || compact || days !== null || before.some((b) => CUES_BEFORE.has(b));
  if (!strong && before.some((b) => DURATION_BEFORE.has(b))) return null;
  return finish(w, i, end, n.value, days, strong ? 2 : 1);
}

/**
 * Finds the gestational age in a note: "24 weeks", "24/40", "24+3", "24+3/40", "24w3d", "GA 24",
 * "week 24", "24th week", "24 weeks and 3 days", "twenty-four weeks pregnant", "G2P1 at 24 weeks".
 * Durations ("for 3 weeks", "2 weeks ago") and obstetric history (G2P1) are not weeks. The
 * strongest form wins (24+3 and 24/40 over a bare "24 weeks"), then the first. A week outside
 * 1-42, or days outside 0-6, is refused with a message, never replaced by a guess.
 */
export function readGestationalAge(w: readonly Word[]): { age: GestationalAge | null; warnings: string[] } {
  const found: Candidate[] = [];
  for (let i = 0; i < w.length; i++) {
    const t = text(w, i);
    let c: Candidate | null = null;
    if (t === "week" || t === "wk") {
      const n = readNumber(w, i + 1);
      if (n && !WEEK_UNITS.has(text(w, n.next))) c = finish(w, i, n.next, n.value, null, 2);
    } else if (t === "ga" || t === "pog" || (t === "gestational" && text(w, i + 1) === "age")) {
      let j = t === "gestational" ? i + 2 : i + 1;
      while ([":", "=", "of", "is", "-"].includes(text(w, j))) j++;
      const n = readNumber(w, j);
      if (n) c = fromNumber(w, j, true) ?? finish(w, j, n.next, n.value, null, 2);
      if (c) c = { ...c, start: (w[i] as Word).start };
    } else c = fromNumber(w, i, false);
    if (c) {
      found.push(c);
      while (i + 1 < w.length && (w[i + 1] as Word).end <= c.end) i++;
    }
  }
  if (found.length === 0) return { age: null, warnings: [] };
  const best = found.reduce((a, b) => (b.strength > a.strength ? b : a));
  const { strength: _s, ...age } = best;
  const warnings = age.error ? [age.error] : [];
  const others = found.filter(
    (c) => c !== best && c.week !== null && c.week !== best.week && c.strength >= 2,
  );
  if (others.length > 0 && age.week !== null) {
    warnings.push(
      `Several gestational ages are written; week ${age.week} was taken (the first of the clearest).`,
    );
  }
  return { age, warnings };
}
