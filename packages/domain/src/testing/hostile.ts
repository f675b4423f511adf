/**
 * TEST DATA ONLY. Hostile inputs at the API's size limits, shared by the tests that check what they
 * produce (markdown.test.ts, interpret/adversarial.test.ts) and the benchmark that times them
 * (apps/api/bench/hostile-bench.ts).
 */

/** Annotations of up to 20,000 characters (a teaching step's limit) built to defeat a parser. */
export const HOSTILE_ANNOTATIONS: Readonly<Record<string, string>> = {
  "10,000 nested quotes": "> ".repeat(10_000),
  "6,666 unclosed emphases": "*a ".repeat(6666),
  "5,000 unclosed links": "[a](".repeat(5000),
  "20,000 opening brackets": "[".repeat(20_000),
  "10,000 unclosed labels": "[a".repeat(10_000),
  "a 20,000-character URL": `https://${"a.".repeat(9990)}`,
  "6,666 unclosed code spans": "`a ".repeat(6666),
  "5,000 list items": "- a\n".repeat(5000),
  "an unclosed fence": `\`\`\`\n${"x\n".repeat(5000)}`,
};

/** Units a hostile note repeats: long runs, punctuation, negations, numbers, scripts, emoji, right-to-left text. */
export const HOSTILE_NOTE_UNITS: readonly string[] = [
  "a",
  ".,;:!?-/+()[]",
  "no ",
  "24+3+",
  "24/40 24w3d ",
  "é\u0301ü ",
  "😀🩺 ",
  "ألم الظهر ",
  "fever, ",
  "vomitting feaver ",
];

/** `unit` repeated to exactly `length` characters. */
export const fillWith = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
