import { CAPITALS_ONLY, SYNONYMS } from "./synonym-table";
import { toWords, type Word } from "./terms";
import { tokenize } from "./tokenize";

interface Rule {
  from: string[];
  to: Word[];
  capitals: string | null;
}

const wordsOf = (text: string) => toWords(tokenize(text)).map((w) => w.text);

/** Rewrites the replacement itself first, so chains resolve at build time, not per note. */
function buildRules(): Map<string, Rule[]> {
  const byFirst = new Map<string, Rule[]>();
  const add = (from: string, to: string, capitals: string | null) => {
    const key = wordsOf(from);
    const rule: Rule = { from: key, to: toWords(tokenize(to)), capitals };
    const list = byFirst.get(key[0] as string) ?? [];
    list.push(rule);
    list.sort((a, b) => b.from.length - a.from.length);
    byFirst.set(key[0] as string, list);
  };
  for (const [from, to] of SYNONYMS) add(from, to, null);
  for (const [from, to] of CAPITALS_ONLY) add(from, to, from);
  for (const rules of byFirst.values()) {
    for (const rule of rules) {
      for (let pass = 0; pass < 3; pass++) rule.to = rewrite(rule.to, "", byFirst, false);
    }
  }
  return byFirst;
}

function rewrite(words: readonly Word[], text: string, rules: Map<string, Rule[]>, spans: boolean): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const rule = rules
      .get(w.text)
      ?.find(
        (r) =>
          r.from.every((f, k) => words[i + k]?.text === f) &&
          (r.capitals === null || (spans && text.slice(w.start, w.end) === r.capitals)),
      );
    if (!rule) {
      out.push(w);
      continue;
    }
    const last = words[i + rule.from.length - 1] as Word;
    for (const t of rule.to) {
      out.push(spans ? { ...t, start: w.start, end: last.end, rewritten: true } : { ...t, rewritten: true });
    }
    i += rule.from.length - 1;
  }
  return out;
}

let RULES: Map<string, Rule[]> | null = null;

/** Applies the synonym table (longest key first) to folded words; rewritten words keep the span written. */
export function rewriteSynonyms(words: readonly Word[], text: string): Word[] {
  RULES ??= buildRules();
  return rewrite(words, text, RULES, true);
}
