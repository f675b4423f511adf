import { foldSpelling } from "./spelling";
import { stemWord } from "./stem";
import { rewriteSynonyms } from "./synonyms";
import { type Token, tokenize } from "./tokenize";
import { NEGATE, NOT, STOP } from "./words";

/** A word after folding, joining and synonyms, with the span of the text it came from. */
export interface Word {
  /** Folded surface word ("labor", "urinating"), or a symbol. */
  text: string;
  kind: Token["kind"];
  start: number;
  end: number;
  /** True when a synonym produced it (its span is the span of what was written). */
  rewritten: boolean;
}

/** Prefixes written apart or hyphenated that mean one word: "pre-eclampsia" = "preeclampsia". */
const JOIN_HYPHENATED = new Set(["pre", "post", "anti", "intra", "extra", "supra", "sub", "non", "co", "x"]);
const JOIN_SPACED = new Set(["pre", "x"]);

/** One word made of a prefix and the word it was split from, spanning both. */
function joined(prefix: string, first: Token, last: Token): Word {
  return {
    text: foldSpelling(prefix + last.text),
    kind: "word",
    start: first.start,
    end: last.end,
    rewritten: false,
  };
}

/** Folds spelling and joins split prefixes; symbols and numbers pass through. */
export function toWords(tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") {
      out.push({ text: t.text, kind: t.kind, start: t.start, end: t.end, rewritten: false });
      continue;
    }
    const text = foldSpelling(t.text);
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (
      JOIN_HYPHENATED.has(text) &&
      next?.text === "-" &&
      !next.spaced &&
      after?.kind === "word" &&
      !after.spaced
    ) {
      out.push(joined(text, t, after));
      i += 2;
    } else if (JOIN_SPACED.has(text) && next?.kind === "word" && next.text.length > 2) {
      out.push(joined(text, t, next));
      i += 1;
    } else out.push({ text, kind: "word", start: t.start, end: t.end, rewritten: false });
  }
  return out;
}

/** Tokenise, fold, join and rewrite synonyms: the words a text is matched by, with spans. */
export function analyzeWords(text: string): Word[] {
  return rewriteSynonyms(toWords(tokenize(text)), text);
}

/** The term a word is indexed by: negation words become one term, stop words and symbols none. */
export function toTerm(word: Word): string | null {
  if (word.kind !== "word") return null;
  if (NEGATE.has(word.text)) return NOT;
  if (STOP.has(word.text) || word.text.length < 2) return null;
  return stemWord(word.text);
}

/** The terms of a text, in order: what the search index and the lexicon store. */
export function toTerms(text: string): string[] {
  return analyzeWords(text).flatMap((w) => toTerm(w) ?? []);
}
