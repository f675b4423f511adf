import { maxEdits } from "./speller";
import { analyzeWords, toTerm } from "./terms";
import { LATERALITY } from "./vocabulary";
import { FILL, QUALIFY } from "./words";

/** One term of a search, with how loosely it may match. */
export interface QueryTerm {
  /** The indexed form (normalised, folded, synonyms rewritten, stemmed). */
  term: string;
  /** The word it came from, whose length sets the typo tolerance. */
  word: string;
  /** Edits allowed: 0 up to 3 letters, 1 up to 7, 2 beyond (`maxEdits`). */
  fuzzy: number;
  /** The last term of the text also matches as a prefix (type-ahead). */
  prefix: boolean;
  /** A qualifier ("acute"), a side or a filler word ("began"): it may refine the ranking, never decide it. */
  qualifier: boolean;
}

/**
 * A search text prepared once for any engine: the embedded index (MiniSearch) and, in phase B, a
 * Lucene full-text query (`toLuceneQuery`) read the same terms. `key` is the whole text's terms
 * in order: equal to a name's or alias's key means an exact hit.
 */
export interface PreparedQuery {
  terms: QueryTerm[];
  key: string;
  /** Terms of the other side when the text names one ("left" excludes "right"; "both" excludes "one"). */
  exclude: string[];
}

/** Forms that name the other side: a text naming one side never ranks them ("left" vs "right"). */
const OPPOSITE_SIDES: Readonly<Record<string, string[]>> = {
  left: ["right"],
  right: ["left"],
  both: ["right", "left", "one", "unilater"],
  bilateral: ["right", "left", "one", "unilater"],
};

/** Weight of a qualifier term relative to the others. */
export const QUALIFIER_BOOST = 0.3;

/**
 * Normalises, folds British spellings, rewrites abbreviations and synonyms, corrects words the
 * graph does not know (`correct`, e.g. the lexicon's speller), stems, and sets the typo tolerance
 * of each term by the length of the word typed. A text of stop words or single letters only ("a",
 * "p") keeps them as typed, so a one-letter type-ahead still finds something.
 */
export function prepareQuery(
  text: string,
  correct: (word: string) => string | null = () => null,
): PreparedQuery {
  const words = analyzeWords(text)
    .filter((w) => w.kind === "word")
    .map((w) => ({ ...w, text: correct(w.text) ?? w.text }));
  let picked = words.flatMap((w) => {
    const term = toTerm(w);
    return term === null ? [] : [{ term, word: w.text }];
  });
  if (picked.length === 0) picked = words.map((w) => ({ term: w.text, word: w.text }));
  const minor = (word: string) => QUALIFY.has(word) || FILL.has(word) || LATERALITY[word] !== undefined;
  const onlyQualifiers = picked.every((p) => minor(p.word));
  const terms = picked.map((p, i) => ({
    term: p.term,
    word: p.word,
    fuzzy: maxEdits(p.word),
    prefix: i === picked.length - 1,
    qualifier: !onlyQualifiers && minor(p.word),
  }));
  const exclude = [...new Set(words.flatMap((w) => OPPOSITE_SIDES[w.text] ?? []))];
  return { terms, key: terms.map((t) => t.term).join(" "), exclude };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The prepared query as a Lucene query string for a Neo4j full-text index whose fields hold the
 * output of `toTerms` (whitespace analyzer): each term fuzzy by its own tolerance, the last also
 * as a prefix, qualifiers down-weighted; terms are OR-ed and Lucene's BM25 ranks, as MiniSearch
 * does on the embedded store.
 */
export function toLuceneQuery(query: PreparedQuery): string {
  return query.terms
    .map((t) => {
      const term = t.term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      const fuzzy = t.fuzzy > 0 ? `${term}~${t.fuzzy}` : term;
      const alternatives = t.prefix ? `(${fuzzy} OR ${term}*)` : fuzzy;
      return t.qualifier ? `${alternatives}^${QUALIFIER_BOOST}` : alternatives;
    })
    .join(" ");
}
