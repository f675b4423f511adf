import { toWords, type Word } from "./terms";
import { tokenize } from "./tokenize";

/**
 * Vital signs written as numbers, read as the words a finding uses, so the lexicon (not this
 * file) decides which finding they are: "BP 165/112" -> "severe hypertension", "temp 38.4" ->
 * "fever", "temp 36.8" -> "no fever", "HR 118" -> "maternal tachycardia". Thresholds: BP >= 160
 * systolic or >= 110 diastolic severe, >= 140 or >= 90 raised, < 90 systolic hypotension;
 * temperature >= 38.0 C (100.4 F) fever, < 37.5 C none; maternal pulse > 100; fetal heart rate
 * > 160; respiratory rate > 20.
 */
type Reading = (a: number, b: number | null) => string;

const VITALS: readonly { label: string[]; pair: boolean; read: Reading }[] = [
  {
    label: ["blood", "pressure"],
    pair: true,
    read: (s, d) =>
      s >= 160 || (d ?? 0) >= 110
        ? "severe hypertension"
        : s >= 140 || (d ?? 0) >= 90
          ? "raised blood pressure"
          : s < 90
            ? "hypotension"
            : "",
  },
  { label: ["temperature"], pair: false, read: (t) => fever(t > 50 ? ((t - 32) * 5) / 9 : t) },
  { label: ["fetal", "heart", "rate"], pair: false, read: (n) => (n > 160 ? "fetal tachycardia" : "") },
  { label: ["heart", "rate"], pair: false, read: (n) => (n > 100 ? "maternal tachycardia" : "") },
  { label: ["pulse"], pair: false, read: (n) => (n > 100 ? "maternal tachycardia" : "") },
  { label: ["respiratory", "rate"], pair: false, read: (n) => (n > 20 ? "tachypnea" : "") },
];

function fever(celsius: number): string {
  if (celsius >= 38) return "fever";
  return celsius < 37.5 ? "no fever" : "";
}

const FIRST_WORDS = new Set(VITALS.map((v) => v.label[0]));
const SEPARATORS = new Set([":", "=", "of", "is", "was", "-", "at"]);

/** Replaces each vital sign reading by its words (an empty reading removes it: nothing to say). */
export function readVitals(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const rule = !FIRST_WORDS.has((words[i] as Word).text)
      ? undefined
      : VITALS.find((v) => v.label.every((l, k) => words[i + k]?.text === l));
    if (!rule) {
      out.push(words[i] as Word);
      continue;
    }
    let j = i + rule.label.length;
    while (SEPARATORS.has(words[j]?.text ?? "")) j++;
    const first = words[j];
    const second = rule.pair && words[j + 1]?.text === "/" ? words[j + 2] : undefined;
    if (first?.kind !== "number" || (rule.pair && second?.kind !== "number")) {
      out.push(words[i] as Word);
      continue;
    }
    const reading = rule.read(Number(first.text), second ? Number(second.text) : null);
    const last = (second ?? first) as Word;
    const start = (words[i] as Word).start;
    for (const w of toWords(tokenize(reading))) out.push({ ...w, start, end: last.end, rewritten: true });
    i = second ? j + 2 : j;
  }
  return out;
}
