import { normalizeWord } from "./normalize";

export type TokenKind = "word" | "number" | "symbol";

/** A piece of the text with its place in it, so every match can point back at the original. */
export interface Token {
  /** Normalised text (see `normalizeWord`); for symbols the character itself, "\n" for a line break. */
  text: string;
  /** UTF-16 offset of the first code unit in the original text. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  kind: TokenKind;
  /** True when whitespace (or nothing, at the start) separates it from the previous token. */
  spaced: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const APOSTROPHE = /['’ʼ]/u;

type CharClass = "letter" | "digit" | "space" | "newline" | "other";

function classify(ch: string): CharClass {
  if (ch === "") return "space";
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return "letter";
    if (code >= 48 && code <= 57) return "digit";
    if (code === 10 || code === 13) return "newline";
    if (code === 32 || code === 9 || code === 11 || code === 12) return "space";
    return "other";
  }
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return "newline";
  if (LETTER.test(ch)) return "letter";
  if (DIGIT.test(ch)) return "digit";
  if (SPACE.test(ch)) return "space";
  return "other";
}

/**
 * Splits a note into words, numbers and single symbols in one left-to-right pass with no
 * backtracking, so its cost is linear in the length of the text whatever the text holds. Words
 * keep inner apostrophes ("doesn't"); numbers keep an inner decimal point ("38.5"); a letter-digit
 * boundary splits ("24w3d" -> 24 w 3 d); a run of line breaks becomes one "\n" symbol.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaced = true;
  let i = 0;
  const charAt = (at: number) => {
    if (at >= text.length) return "";
    const code = text.charCodeAt(at);
    return code < 0xd800 || code > 0xdbff
      ? (text[at] as string)
      : String.fromCodePoint(text.codePointAt(at) as number);
  };
  while (i < text.length) {
    const ch = charAt(i);
    const cls = classify(ch);
    if (cls === "space") {
      spaced = true;
      i += ch.length;
      continue;
    }
    if (cls === "newline") {
      if (tokens.at(-1)?.text !== "\n")
        tokens.push({ text: "\n", start: i, end: i + 1, kind: "symbol", spaced });
      spaced = true;
      i += ch.length;
      continue;
    }
    let j = i + ch.length;
    let kind: TokenKind = "symbol";
    if (cls === "letter") {
      kind = "word";
      for (;;) {
        const n = charAt(j);
        if (n !== "" && classify(n) === "letter") j += n.length;
        else if (APOSTROPHE.test(n) && classify(charAt(j + 1)) === "letter") j += 1;
        else break;
      }
    } else if (cls === "digit") {
      kind = "number";
      for (;;) {
        const n = charAt(j);
        if (n !== "" && classify(n) === "digit") j += n.length;
        else if (n === "." && classify(charAt(j + 1)) === "digit") j += 1;
        else break;
      }
    }
    const raw = text.slice(i, j);
    tokens.push({
      text: kind === "symbol" ? raw.normalize("NFKC") : normalizeWord(raw),
      start: i,
      end: j,
      kind,
      spaced,
    });
    spaced = false;
    i = j;
  }
  return tokens;
}
