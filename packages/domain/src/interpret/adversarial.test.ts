import { describe, expect, it } from "vitest";
import { fillWith, HOSTILE_NOTE_UNITS } from "../testing/hostile";
import { testLexicon } from "./fixtures";
import { interpretNote } from "./interpret";
import { tokenize } from "./tokenize";

const lexicon = testLexicon();

describe("adversarial notes", () => {
  // How long they take is measured by `pnpm --filter @bpx/api bench:hostile`, not here.
  it.each(HOSTILE_NOTE_UNITS)("10,000 characters of %j are read with spans that cut the note", (unit) => {
    const note = fillWith(unit, 10_000);
    const r = interpretNote(note, lexicon);
    for (const m of r.mentions) expect(note.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(HOSTILE_NOTE_UNITS)(
    "work grows linearly with the length of %j: twice the text, twice the tokens and mentions",
    (unit) => {
      const unitCount = (n: number) => fillWith(unit, n);
      const small = interpretNote(unitCount(5_000), lexicon);
      const large = interpretNote(unitCount(10_000), lexicon);
      const tokens = (n: number) => tokenize(unitCount(n)).length;
      expect(tokens(10_000)).toBeLessThanOrEqual(2 * tokens(5_000) + 2);
      expect(large.mentions.length).toBeLessThanOrEqual(2 * small.mentions.length + 2);
      expect(large.unrecognized.length).toBeLessThanOrEqual(2 * small.unrecognized.length + 2);
    },
  );

  it("accepts any Unicode: lone surrogates, controls, bidi marks", () => {
    const note = "\ud800 fever \u0000\u202e no dysuria \udfff\u200f";
    expect(interpretNote(note, lexicon)).toMatchObject({ present: ["fever"], absent: ["dysuria"] });
  });
});
