import { pushTo } from "./collections";
import type { Lexicon, Phrase } from "./lexicon";

/** A content word of the note, ready for matching. */
export interface Item {
  term: string;
  /** Index of its word in the note's word list. */
  word: number;
  clause: number;
  /** Qualifier, side, "pain" or a negation: cannot carry a match that shares words with another. */
  weak: boolean;
  /** Side or negation term: a partial match may not leave it out. */
  required: boolean;
}

/** One phrase of the lexicon found in the note. */
export interface PhraseMatch {
  phrase: Phrase;
  /** Item indexes used, ascending. */
  items: number[];
  /** The first and last of `items`. */
  first: number;
  last: number;
  /**
   * Items between its own that it skips beyond GAP: a run of other findings' words ("sudden
   * one-sided lower abdominal pain"). Kept only if each of them belongs to a kept match.
   */
  stacked: number[];
  full: boolean;
  coverage: number;
}

/** Content words a match may skip between its own (qualifiers, a second adjective). */
const GAP = 2;
/** Share of a phrase's weight (sum of idf) a partial match must cover. */
export const MIN_COVERAGE = 0.6;
/** The same (strictly more), when one strong word no other finding uses carries the match. */
export const MIN_UNIQUE_COVERAGE = 0.5;
/** Words (stop words included) a match may spread over: twice its terms, plus two. */
const wordSpan = (terms: number) => 2 * terms + 2;
/** Content words a match may skip when they are all other findings' words, with nothing else between. */
const STACK = 5;
/** Symbols a run of stacked words may hold. */
export const STACK_SEPARATORS = new Set(["-", ","]);

function tryMatch(
  items: readonly Item[],
  at: number,
  phrase: Phrase,
  lexicon: Lexicon,
  notTerm: string,
  separators: ReadonlySet<number>,
): PhraseMatch | null {
  const anchor = items[at] as Item;
  const reach = phrase.terms.length + STACK;
  const used = new Set<number>();
  const missing: string[] = [];
  for (const term of phrase.terms) {
    let best = -1;
    for (let d = 0; d <= reach && best < 0; d++) {
      for (const j of d === 0 ? [at] : [at - d, at + d]) {
        const it = items[j];
        if (it && it.clause === anchor.clause && it.term === term && !used.has(j)) {
          best = j;
          break;
        }
      }
    }
    if (best >= 0) used.add(best);
    else missing.push(term);
  }
  if (!used.has(at)) return null;
  const positions = [...used].sort((a, b) => a - b);
  const first = positions[0] as number;
  const last = positions.at(-1) as number;
  const between: number[] = [];
  for (let i = first + 1; i < last; i++) if (!used.has(i)) between.push(i);
  let stacked: number[] = [];
  const firstWord = (items[first] as Item).word;
  const lastWord = (items[last] as Item).word;
  if (between.length > STACK) return null;
  if (between.length > GAP || lastWord - firstWord + 1 > wordSpan(positions.length)) {
    // Only a run of content words (hyphens and commas aside) may be skipped this far.
    const contentWords = new Set(items.slice(first, last + 1).map((it) => it.word));
    for (let w = firstWord; w <= lastWord; w++) if (!contentWords.has(w) && !separators.has(w)) return null;
    stacked = between;
  }
  for (const p of positions) {
    const it = items[p] as Item;
    if (it.term === notTerm && !used.has(p + 1)) return null;
  }
  const matchedTerms = new Set(positions.map((p) => (items[p] as Item).term));
  const weight = [...matchedTerms].reduce((s, t) => s + (lexicon.idf.get(t) ?? 0), 0);
  const coverage = phrase.weight > 0 ? weight / phrase.weight : 0;
  const full = missing.length === 0;
  if (!full) {
    const strong = [...matchedTerms].filter((t) => !lexicon.weak.has(t));
    const only = strong[0] as string;
    const unique =
      strong.length === 1 && lexicon.findingsByTerm.get(only)?.length === 1 && !lexicon.locations.has(only);
    if (new Set(phrase.terms).size < 2 || missing.length > 1) return null;
    if (missing.some((t) => t === notTerm || lexicon.required.has(t))) return null;
    // One strong word may stand for a phrase only when no other finding uses it and it is not a
    // place in the body ("retention", not "feet"); otherwise two strong words must match and carry most of the phrase's weight.
    if (!(strong.length >= 2 && coverage >= MIN_COVERAGE) && !(unique && coverage > MIN_UNIQUE_COVERAGE))
      return null;
  }
  return { phrase, items: positions, first, last, full, coverage, stacked };
}

const negations = (m: PhraseMatch, notTerm: string) => m.phrase.terms.filter((t) => t === notTerm).length;

/**
 * Most words first; then, on a tie, a phrase without a negation (so "no urinary retention" reads
 * "no" as a negation, not as "unable to urinate"), a full match, a whole name or alias before a
 * part of a list ("leg weakness" the alias, not the part of "bilateral sciatica or leg weakness"),
 * more weight, a tighter span; then ids, so the order never depends on the input's.
 */
function compareWith(notTerm: string) {
  return (a: PhraseMatch, b: PhraseMatch) =>
    Number(a.stacked.length > 0) - Number(b.stacked.length > 0) ||
    b.items.length - a.items.length ||
    negations(a, notTerm) - negations(b, notTerm) ||
    Number(b.full) - Number(a.full) ||
    Number(a.phrase.part) - Number(b.phrase.part) ||
    b.coverage - a.coverage ||
    a.last - a.first - (b.last - b.first) ||
    (a.phrase.findingId < b.phrase.findingId ? -1 : a.phrase.findingId > b.phrase.findingId ? 1 : 0) ||
    a.first - b.first;
}

/**
 * Finds the lexicon's phrases among the note's content words: in any order, within a clause, with
 * up to GAP other words between; a phrase of two or more terms may miss one when what it has
 * carries most of its weight. Longest, fullest matches are kept first; a later match may share
 * words with a kept one only if it has a strong word of its own ("aching" in "aching lower back
 * pain", never "acute").
 */
export function matchPhrases(
  items: readonly Item[],
  lexicon: Lexicon,
  notTerm: string,
  separators: ReadonlySet<number> = new Set(),
): PhraseMatch[] {
  const candidates: PhraseMatch[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    for (const index of lexicon.byAnchor.get((items[i] as Item).term) ?? []) {
      const m = tryMatch(items, i, lexicon.phrases[index] as Phrase, lexicon, notTerm, separators);
      if (!m) continue;
      const key = `${index}:${m.items.join(",")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(m);
    }
  }
  const compare = compareWith(notTerm);
  candidates.sort(compare);
  const kept: PhraseMatch[] = [];
  const owner = new Map<number, string[]>();
  for (const c of candidates) {
    if (c.stacked.some((i) => !owner.has(i))) continue;
    const shared = c.items.filter((i) => owner.has(i));
    if (shared.some((i) => owner.get(i)?.includes(c.phrase.findingId))) continue;
    if (shared.length > 0) {
      const own = c.items.filter((i) => !owner.has(i));
      if (!own.some((i) => !(items[i] as Item).weak)) continue;
    }
    kept.push(c);
    for (const i of c.items) pushTo(owner, i, c.phrase.findingId);
  }
  return kept.sort((a, b) => a.first - b.first || compare(a, b));
}
