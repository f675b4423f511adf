import { pushTo } from "./collections";
import type { Word } from "./terms";

/**
 * NegEx-style negation (Chapman et al., 2001): trigger phrases before a finding ("no", "denies",
 * "negative for") or after it ("denied", "absent"), pseudo-triggers that only look like negation
 * ("no change", "not only"), and words that end a trigger's scope ("but", "however", a new
 * subject). Full stops, semicolons and line breaks end scopes by splitting clauses.
 */
const PRE = `no|not|denies|denied|deny|denying|without|negative for|absent|absence of|free of|nil|never|
no evidence of|no sign of|no signs of|no history of|no complaint of|no complaints of|not had|has not had|
hasn't had|have not had|did not have|didn't have|does not have|doesn't have|doesn't|does not|did not|
didn't|hasn't|haven't|isn't|wasn't|not experiencing|no longer|neither|nor|none|no further episodes of|
rules out|ruled out|excludes`;

const POST = `denied|absent|not present|negative|nil|none|no|not seen|not found|ruled out|excluded|resolved|not`;

const PSEUDO = `no change|no changes|not only|no increase|no decrease|no improvement|not improved|no further|
not necessarily|not certain|not sure|no worse|without difficulty|cannot exclude|cannot be excluded|
not excluded|not ruled out|cannot rule out|gram negative|no change in|not just`;

const TERMINATORS = `but|however|although|though|except|apart|aside|yet|whereas|while|whilst|still|
nevertheless|which|who|because|since|presents|presenting|reports|reporting|complains|complaining|has|have|
she|he|patient|pt|positive|admits|describes|notes|now|then|otherwise`;

const toPatterns = (list: string) =>
  list
    .split("|")
    .map((p) => p.trim().split(/\s+/))
    .filter((p) => p[0] !== "")
    .sort((a, b) => b.length - a.length);

const PRE_PATTERNS = toPatterns(PRE);
const POST_PATTERNS = toPatterns(POST);
const PSEUDO_PATTERNS = toPatterns(PSEUDO);
const TERMINATOR_WORDS = new Set(TERMINATORS.split("|").map((t) => t.trim()));
/** Words that continue a list inside one scope ("no fever, chills or rigors"). */
const JOINERS = new Set([
  ",",
  "or",
  "and",
  "nor",
  "/",
  "any",
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "her",
  "his",
]);
/** Content words a scope may pass without meeting a finding before it ends. */
const MAX_GAP = 4;

export type TriggerKind = "pre" | "post" | "pseudo" | "terminator";

export interface Trigger {
  kind: TriggerKind;
  /** Word indexes [first, last] of the trigger. */
  first: number;
  last: number;
}

/** Patterns by their first word, longest first, so a position tries only the patterns it can start. */
function byFirstWord(patterns: readonly string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of patterns) pushTo(map, p[0] as string, p);
  return map;
}

const PRE_BY_FIRST = byFirstWord(PRE_PATTERNS);
const POST_BY_FIRST = byFirstWord(POST_PATTERNS);
const PSEUDO_BY_FIRST = byFirstWord(PSEUDO_PATTERNS);

/** Length of the longest pattern matching at i with none of its words taken, or 0. */
function matchAt(
  words: readonly Word[],
  i: number,
  to: number,
  patterns: ReadonlyMap<string, string[][]>,
  taken: ReadonlySet<number>,
): number {
  for (const p of patterns.get((words[i] as Word).text) ?? []) {
    let k = 0;
    while (k < p.length && i + k < to && !taken.has(i + k) && words[i + k]?.text === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}

/** Triggers in a clause's words; words in `taken` (part of a finding's match) are never triggers. */
export function findTriggers(
  words: readonly Word[],
  from: number,
  to: number,
  taken: ReadonlySet<number>,
): Trigger[] {
  const out: Trigger[] = [];
  for (let i = from; i < to; i++) {
    if (taken.has(i)) continue;
    // The longest pattern wins ("not present" after a finding over "not"); on a tie pseudo, then pre.
    const pseudo = matchAt(words, i, to, PSEUDO_BY_FIRST, taken);
    const pre = matchAt(words, i, to, PRE_BY_FIRST, taken);
    const post = matchAt(words, i, to, POST_BY_FIRST, taken);
    const n = Math.max(pseudo, pre, post);
    if (n > 0) {
      out.push({ kind: pseudo === n ? "pseudo" : pre === n ? "pre" : "post", first: i, last: i + n - 1 });
      i += n - 1;
    } else if (TERMINATOR_WORDS.has((words[i] as Word).text))
      out.push({ kind: "terminator", first: i, last: i });
  }
  return out;
}

/** What the negation pass needs to know about one finding match in the clause. */
export interface ScopedMatch {
  first: number;
  last: number;
  negatedBy: Trigger | null;
}

/**
 * Marks the matches each trigger negates. A trigger before a finding negates every finding in its
 * scope: forward until a terminator, another trigger, or more than MAX_GAP other content words
 * since the last finding. A trigger that negates nothing forward ("fever: denied", "fever - no")
 * negates the finding just before it, across at most three words.
 */
export function applyNegation(
  words: readonly Word[],
  matches: ScopedMatch[],
  triggers: readonly Trigger[],
  isContent: (i: number) => boolean,
  to: number,
): void {
  const byFirst = new Map<number, ScopedMatch[]>();
  for (const m of matches) pushTo(byFirst, m.first, m);
  const triggerAt = new Map<number, Trigger>();
  for (const t of triggers) triggerAt.set(t.first, t);
  const byLast = new Map<number, ScopedMatch>();
  for (const m of matches)
    if (!byLast.has(m.last) || (byLast.get(m.last) as ScopedMatch).first > m.first) byLast.set(m.last, m);
  for (const t of triggers) {
    if (t.kind === "pseudo" || t.kind === "terminator") continue;
    if (t.kind === "pre" && negateForward(words, t, byFirst, triggerAt, isContent, to) > 0) continue;
    // A word that can be either ("no", "denied") looks back only at the end of its phrase:
    // "fever - no" and "fever denied.", not "no leg symptoms".
    const next = words[t.last + 1];
    if (t.kind === "pre" && (!isPostPattern(words, t) || (t.last + 1 < to && next?.kind === "word")))
      continue;
    const before = [1, 2, 3].map((d) => byLast.get(t.first - d)).find((m) => m !== undefined);
    if (before) before.negatedBy ??= t;
  }
}

function isPostPattern(words: readonly Word[], t: Trigger): boolean {
  const n = t.last - t.first + 1;
  return POST_PATTERNS.some((p) => p.length === n && p.every((x, k) => words[t.first + k]?.text === x));
}

function negateForward(
  words: readonly Word[],
  t: Trigger,
  byFirst: ReadonlyMap<number, ScopedMatch[]>,
  triggerAt: ReadonlyMap<number, Trigger>,
  isContent: (i: number) => boolean,
  to: number,
): number {
  let negated = 0;
  let gap = 0;
  for (let i = t.last + 1; i < to; i++) {
    const other = triggerAt.get(i);
    if (other && other.kind !== "post") break;
    const here = byFirst.get(i);
    if (here) {
      for (const m of here) {
        m.negatedBy ??= t;
        negated++;
        i = Math.max(i, m.last);
      }
      gap = 0;
      continue;
    }
    if (JOINERS.has((words[i] as Word).text)) continue;
    if (isContent(i) && ++gap > MAX_GAP) break;
  }
  return negated;
}
