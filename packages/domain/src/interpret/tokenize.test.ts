import { describe, expect, it } from "vitest";
import { normalizeWord } from "./normalize";
import { tokenize } from "./tokenize";

/** Each token as "text|kind|raw", the raw being the slice of the input its span cuts. */
const shape = (text: string) =>
  tokenize(text).map((t) => `${t.text}|${t.kind}|${text.slice(t.start, t.end)}`);

describe("tokenize", () => {
  it.each([
    ["no fever", ["no|word|no", "fever|word|fever"]],
    ["doesn't radiate", ["doesn't|word|doesn't", "radiate|word|radiate"]],
    ["temp 38.5.", ["temp|word|temp", "38.5|number|38.5", ".|symbol|."]],
    ["24w3d", ["24|number|24", "w|word|w", "3|number|3", "d|word|d"]],
    ["24+3/40", ["24|number|24", "+|symbol|+", "3|number|3", "/|symbol|/", "40|number|40"]],
    ["weeks' gestation", ["weeks|word|weeks", "'|symbol|'", "gestation|word|gestation"]],
    ["a\n\n\nb", ["a|word|a", "\n|symbol|\n", "b|word|b"]],
    ["Ｆｅｖｅｒ", ["fever|word|Ｆｅｖｅｒ"]],
    ["😀 pain", ["😀|symbol|😀", "pain|word|pain"]],
    ["ألم الظهر", ["الم|word|ألم", "الظهر|word|الظهر"]],
  ] as const)("%j", (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it("gives spans that cut the original text, surrogate pairs included", () => {
    const text = "🩺 Fœtal   HÆMATURIA, 24+3";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["🩺", "foetal", "haematuria", ",", "24", "+", "3"]);
    for (const t of tokens) {
      const raw = text.slice(t.start, t.end);
      expect(t.kind === "word" ? normalizeWord(raw) : raw.normalize("NFKC")).toBe(t.text);
    }
  });

  it("marks tokens that follow whitespace", () => {
    expect(tokenize("G2 P1").map((t) => t.spaced)).toEqual([true, false, true, false]);
  });
});

describe("normalizeWord", () => {
  it.each([
    ["Fœtal", "foetal"],
    ["HÆMATURIA", "haematuria"],
    ["ﬁne", "fine"],
    ["naïve", "naive"],
    ["e\u0301", "e"],
    ["don’t", "don't"],
  ])("%s -> %s", (raw, word) => expect(normalizeWord(raw)).toBe(word));
});
