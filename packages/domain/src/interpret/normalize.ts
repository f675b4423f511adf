/** Letters NFKC keeps whole that a search should read as two (foetal / fœtal, ...). */
const LIGATURES: Readonly<Record<string, string>> = {
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
};
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * One word as the matcher compares it: NFKC (full-width letters, ligatures such as "ﬁ"), lower
 * case, accents dropped (NFD, then combining marks removed), typographic apostrophes unified.
 * Pure and locale-independent, so the same text always gives the same word.
 */
export function normalizeWord(raw: string): string {
  // Printable ASCII is its own NFKC form: skip the (comparatively slow) Unicode passes for it.
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  let word = raw.normalize("NFKC").toLowerCase();
  if (NON_ASCII.test(word)) {
    word = word.normalize("NFD").replace(MARKS, "");
    word = word.replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c);
  }
  return word.replace(APOSTROPHES, "'");
}
