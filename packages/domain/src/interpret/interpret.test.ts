import { describe, expect, it } from "vitest";
import { testLexicon } from "./fixtures";
import { interpretNote } from "./interpret";
import cases from "./interpret.cases.json";

/** Notes and the findings they should read as present and absent, one case a row. */
const CASES = cases as Record<
  "presentAndAbsent" | "negation",
  [note: string, present: string[], absent: string[]][]
>;

const lexicon = testLexicon();
const read = (text: string) => {
  const r = interpretNote(text, lexicon);
  return { present: [...r.present].sort(), absent: [...r.absent].sort() };
};

describe("interpretNote: findings present and absent", () => {
  it.each(CASES.presentAndAbsent)("%j", (text, present, absent) => {
    expect(read(text)).toEqual({ present, absent });
  });
});

describe("interpretNote: negation with scope (NegEx)", () => {
  it.each(CASES.negation)("%j", (text, present, absent) => {
    expect(read(text)).toEqual({ present, absent });
  });

  it("never reads a trigger for another finding as part of a negated phrase", () => {
    // "no" belongs to fever here: "pain does not radiate" needs its negation next to "radiate".
    const r = read("no fever; pain radiates to the leg");
    expect(r).toEqual({ present: ["radiates-to-leg"], absent: ["fever"] });
  });

  it("gives the words that negate each absent finding", () => {
    const r = interpretNote("Patient denies fever.", lexicon);
    expect(r.mentions).toEqual([
      expect.objectContaining({
        findingId: "fever",
        present: false,
        text: "fever",
        negation: { start: 8, end: 14, text: "denies" },
      }),
    ]);
  });
});

describe("interpretNote: spans, qualifiers, sides, the week, unrecognised words", () => {
  const note = "G2P1 at 24+3 with acute Left flank pain, no fever, xyzzy and sciatc pain";
  const r = interpretNote(note, lexicon);

  it("points every mention and the week at the words written", () => {
    for (const m of r.mentions) expect(note.slice(m.start, m.end)).toBe(m.text);
    expect(r.gestationalAge).toMatchObject({ week: 24, days: 3, text: "24+3", error: null });
    expect(note.slice(r.gestationalAge?.start, r.gestationalAge?.end)).toBe("24+3");
  });

  it("keeps qualifiers and the side with the finding", () => {
    const acute = interpretNote("acute lower back pain", lexicon).mentions[0];
    expect(acute).toMatchObject({ findingId: "low-back-pain", qualifiers: ["acute"], laterality: null });
    const right = interpretNote("right flank pain", lexicon).mentions[0];
    expect(right).toMatchObject({ findingId: "right-sided-pain", laterality: "RIGHT" });
    const left = interpretNote("pain radiating to the left leg", lexicon).mentions[0];
    expect(left).toMatchObject({ findingId: "radiates-to-leg", laterality: "LEFT" });
  });

  it("never turns the left side into a right-sided finding", () => {
    expect(r.present).not.toContain("right-sided-pain");
  });

  it("reports words it could not place, with did-you-mean suggestions", () => {
    expect(r.unrecognized.map((u) => u.text)).toContain("xyzzy");
    const sciatic = interpretNote("sciatc", lexicon);
    expect(sciatic.present).toEqual(["radiates-to-leg"]);
    const typo = interpretNote("dysurix", lexicon);
    expect(typo.present).toEqual(["dysuria"]);
    const far = interpretNote("vomm", lexicon).unrecognized[0];
    expect(far).toMatchObject({ text: "vomm" });
  });

  it("offers the findings that use a word that named none alone", () => {
    const flank = interpretNote("flank", lexicon).unrecognized[0];
    expect(flank).toMatchObject({ text: "flank", findingIds: ["right-sided-pain"] });
  });

  it("refuses a week outside 1-42 with a warning", () => {
    const out = interpretNote("45 weeks, back pain", lexicon);
    expect(out.gestationalAge).toMatchObject({ week: null, text: "45 weeks" });
    expect(out.warnings).toEqual([expect.stringMatching(/outside weeks 1-42/)]);
    expect(out.present).toEqual(["low-back-pain"]);
  });

  it("gives the same answer for the same text", () => {
    expect(interpretNote(note, lexicon)).toEqual(r);
  });
});
