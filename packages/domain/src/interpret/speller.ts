/**
 * Typo tolerance scaled by word length: no edit up to 3 letters, one up to 7, two from 8 (the
 * same steps as Lucene's AUTO fuzziness, so the Neo4j full-text query can use `~1` / `~2` alike).
 */
export function maxEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 7 ? 1 : 2;
}

/** Optimal string alignment distance (transpositions count one), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

function deletes(word: string, depth: number, into: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletes(shorter, depth - 1, into);
    }
  }
}

/** Longest word the speller looks at: anything longer is not a typo of a medical word. */
const LONGEST = 30;

/**
 * Symmetric-delete spelling correction (after SymSpell): every target word is indexed under its
 * deletions (up to two), and a typo is looked up by its own, so one look-up costs O(length^2)
 * whatever the vocabulary's size. Ties go to the more frequent word, then the first in code-unit order.
 */
export function createSpeller(targets: ReadonlyMap<string, number>) {
  const index = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = index.get(key);
    if (list) list.push(word);
    else index.set(key, [word]);
  };
  for (const word of targets.keys()) {
    if (word.length < 3 || word.length > LONGEST) continue;
    const keys = new Set<string>([word]);
    deletes(word, 2, keys);
    for (const key of keys) add(key, word);
  }

  /** The closest target within `max` edits (default: `maxEdits(word)`), or null. */
  function correct(word: string, max = maxEdits(word)): string | null {
    if (max === 0 || word.length > LONGEST || targets.has(word)) return null;
    const keys = new Set<string>([word]);
    deletes(word, max, keys);
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const key of keys) {
      for (const candidate of index.get(key) ?? []) {
        const d = editDistance(word, candidate, max);
        if (d > max) continue;
        const better =
          d < bestDistance ||
          (d === bestDistance &&
            best !== null &&
            ((targets.get(candidate) ?? 0) > (targets.get(best) ?? 0) ||
              ((targets.get(candidate) ?? 0) === (targets.get(best) ?? 0) && candidate < best)));
        if (better) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  return { correct, has: (word: string) => targets.has(word) };
}

export type Speller = ReturnType<typeof createSpeller>;
