import { pushTo } from "./collections";
import { type GestationalAge, readGestationalAge } from "./gestation";
import type { Lexicon } from "./lexicon";
import { type Item, matchPhrases, type PhraseMatch, STACK_SEPARATORS } from "./match";
import { applyNegation, findTriggers, type ScopedMatch, type Trigger } from "./negation";
import { stemWord } from "./stem";
import { rewriteSynonyms } from "./synonyms";
import { toTerm, toWords, type Word } from "./terms";
import { tokenize } from "./tokenize";
import { readVitals } from "./vitals";
import { LATERALITY } from "./vocabulary";
import { FILL, GENERIC_WORDS, NOT, QUALIFY } from "./words";

export type Laterality = "LEFT" | "RIGHT" | "BILATERAL";

/** Where something was read in the note: UTF-16 offsets into the text given. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One mention of a finding in the note. */
export interface FindingMention extends Span {
  findingId: string;
  present: boolean;
  /** The name, alias or lay name it was read as. */
  phrase: string;
  /** Words that qualify it without being findings ("acute", "chronic"). */
  qualifiers: string[];
  laterality: Laterality | null;
  /** The words that negate it, when it is absent. */
  negation: Span | null;
}

/** A word that named no finding, with what it may have meant. */
export interface UnrecognizedWord extends Span {
  /** Words of the graph it is closest to ("did you mean"). */
  suggestions: string[];
  /** Findings those words (or the word itself) belong to. */
  findingIds: string[];
}

export interface Interpretation {
  /** Finding ids present, in order of first mention (a finding both affirmed and denied is present). */
  present: string[];
  absent: string[];
  mentions: FindingMention[];
  gestationalAge: (GestationalAge & Span) | null;
  unrecognized: UnrecognizedWord[];
  warnings: string[];
}

const BREAKS = new Set([".", ";", "!", "?", "\n", "。", "؛"]);

/**
 * Reads a clinician's note: the findings it affirms and denies (NegEx-style negation with scope),
 * the gestational age, qualifiers and sides, and the words it could not place, each with its
 * span in `text`. Pure and deterministic: the same text and lexicon give the same answer. Cost is
 * linear in the length of the note (no regular expression runs over the whole text).
 */
export function interpretNote(text: string, lexicon: Lexicon): Interpretation {
  const folded = toWords(tokenize(text));
  const { age, warnings } = readGestationalAge(folded);
  const words: Word[] = readVitals(rewriteSynonyms(folded, text));
  const items: Item[] = [];
  const itemOfWord = new Map<number, number>();
  const surface = new Map<number, string>();
  const corrections = new Map<string, string>();
  const clauses: [number, number][] = [];
  let clauseStart = 0;
  let clause = 0;
  words.forEach((w, i) => {
    if (w.kind === "symbol" && BREAKS.has(w.text)) {
      clauses.push([clauseStart, i]);
      clauseStart = i + 1;
      clause++;
      return;
    }
    if (w.kind !== "word" || (age && w.start >= age.start && w.end <= age.end)) return;
    // Synonym output and inflections of lexicon words ("leak" beside "leaking") are not typos.
    const known =
      w.rewritten ||
      lexicon.speller.has(w.text) ||
      lexicon.known.has(w.text) ||
      lexicon.findingsByTerm.has(stemWord(w.text));
    let word = w.text;
    if (!known) {
      if (!corrections.has(w.text)) corrections.set(w.text, lexicon.speller.correct(w.text) ?? w.text);
      word = corrections.get(w.text) as string;
    }
    const term = toTerm({ ...w, text: word });
    if (term === null) return;
    surface.set(i, word);
    const side = LATERALITY[word] !== undefined;
    itemOfWord.set(i, items.length);
    items.push({
      term,
      word: i,
      clause,
      required: side,
      weak: side || term === NOT || QUALIFY.has(word) || GENERIC_WORDS.has(word),
    });
  });
  clauses.push([clauseStart, words.length]);
  const separators = new Set<number>();
  words.forEach((w, i) => {
    if (w.kind === "symbol" && STACK_SEPARATORS.has(w.text)) separators.add(i);
  });
  const matches = matchPhrases(items, lexicon, NOT, separators);
  const scoped = matches.map((m) => ({
    match: m,
    first: (items[m.items[0] as number] as Item).word,
    last: (items[m.items.at(-1) as number] as Item).word,
    negatedBy: null as Trigger | null,
  }));
  const taken = new Set(matches.flatMap((m) => m.items.map((i) => (items[i] as Item).word)));
  const triggerWords = new Set<number>();
  const byClause = new Map<number, ScopedMatch[]>();
  for (const s of scoped) {
    const c = (items[s.match.items[0] as number] as Item).clause;
    pushTo(byClause, c, s);
  }
  clauses.forEach(([from, to], c) => {
    const triggers = findTriggers(words, from, to, taken);
    for (const t of triggers) for (let k = t.first; k <= t.last; k++) triggerWords.add(k);
    applyNegation(words, byClause.get(c) ?? [], triggers, (i) => itemOfWord.has(i), to);
  });
  const span = (a: number, b: number): Span => {
    const start = (words[a] as Word).start;
    const end = (words[b] as Word).end;
    return { start, end, text: text.slice(start, end) };
  };
  const used = new Set(matches.flatMap((m) => m.items));
  const mentions: FindingMention[] = scoped.map((s) => ({
    ...span(s.first, s.last),
    findingId: s.match.phrase.findingId,
    present: s.negatedBy === null,
    phrase: s.match.phrase.text,
    ...describe(s.match, items, used, words, surface, text),
    negation: s.negatedBy ? span(s.negatedBy.first, s.negatedBy.last) : null,
  }));
  const present = [...new Set(mentions.filter((m) => m.present).map((m) => m.findingId))];
  const absent = [...new Set(mentions.filter((m) => !m.present).map((m) => m.findingId))].filter(
    (id) => !present.includes(id),
  );
  const guesses = new Map<string, string | null>();
  const guess = (word: string) => {
    if (!guesses.has(word)) guesses.set(word, lexicon.speller.correct(word, word.length <= 4 ? 1 : 2));
    return guesses.get(word) ?? null;
  };
  const unrecognized = items.flatMap((it, i) =>
    used.has(i) || triggerWords.has(it.word) ? [] : unplaced(it, words, surface, lexicon, text, guess),
  );
  const gestationalAge = age ? { ...age, text: text.slice(age.start, age.end) } : null;
  return { present, absent, mentions, gestationalAge, unrecognized, warnings };
}

function describe(
  m: PhraseMatch,
  items: readonly Item[],
  used: ReadonlySet<number>,
  words: readonly Word[],
  surface: ReadonlyMap<number, string>,
  text: string,
): { qualifiers: string[]; laterality: Laterality | null } {
  const first = m.items[0] as number;
  const last = m.items.at(-1) as number;
  const clause = (items[first] as Item).clause;
  const qualifiers: string[] = [];
  let laterality: Laterality | null = null;
  for (let i = Math.max(0, first - 3); i <= last; i++) {
    const it = items[i] as Item;
    if (it.clause !== clause) continue;
    const word = surface.get(it.word) ?? "";
    const side = LATERALITY[word];
    if (side && (laterality === null || m.items.includes(i)) && i >= first - 2) laterality = side;
    const w = words[it.word] as Word;
    if (!used.has(i) && QUALIFY.has(word)) qualifiers.push(text.slice(w.start, w.end).toLowerCase());
  }
  return { qualifiers, laterality };
}

function unplaced(
  it: Item,
  words: readonly Word[],
  surface: ReadonlyMap<number, string>,
  lexicon: Lexicon,
  text: string,
  correct: (word: string) => string | null,
): UnrecognizedWord[] {
  const word = surface.get(it.word) ?? "";
  if (FILL.has(word) || QUALIFY.has(word) || LATERALITY[word] || it.term === NOT) return [];
  const inLexicon = lexicon.findingsByTerm.get(it.term);
  if (!inLexicon && lexicon.known.has(word)) return [];
  const w = words[it.word] as Word;
  const at = { start: w.start, end: w.end, text: text.slice(w.start, w.end) };
  if (inLexicon) return [{ ...at, suggestions: [], findingIds: inLexicon.slice(0, 5) }];
  const guess = correct(word);
  const ids = guess ? (lexicon.findingsByTerm.get(stemWord(guess)) ?? []) : [];
  return [{ ...at, suggestions: guess ? [guess] : [], findingIds: ids.slice(0, 5) }];
}
