import { describe, expect, it } from "vitest";
import { testLexicon } from "./fixtures";
import { interpretNote } from "./interpret";

const lexicon = testLexicon();
const read = (text: string) => {
  const r = interpretNote(text, lexicon);
  return { present: [...r.present].sort(), absent: [...r.absent].sort() };
};

describe("interpretNote: findings present and absent", () => {
  // Data rows, one case a line: alike in shape to each other, as tables are; no logic repeats.
  it.each([
    ["acute lower back pain", ["low-back-pain"], []],
    ["aching lower back pain", ["aching-pain", "low-back-pain"], []],
    ["pain relieved by lying down", ["relieved-by-lying-down"], []],
    ["chills", ["rigors"], []],
    ["caught a chill", ["hypothermia-history"], []],
    ["CVA tenderness", ["cva-tenderness"], []],
    ["renal angle tenderness", ["cva-tenderness"], []],
    ["right flank pain", ["right-sided-pain"], []],
    ["pain on both sides", ["bilateral-pain"], []],
    ["numbness between the legs", ["saddle-anaesthesia"], []],
    ["numb legs", ["leg-numbness"], []],
    ["dysuira and vomitting", ["dysuria", "vomiting"], []],
    ["BP 165/112", ["severe-hypertension"], []],
    ["BP 145/95", ["raised-blood-pressure"], []],
    ["HR 118", ["maternal-tachycardia"], []],
    ["temp 38.4", ["fever"], []],
    ["temp 36.8", [], ["fever"]],
  ])("%j", (text, present, absent) => {
    expect(read(text)).toEqual({ present, absent });
  });
});

describe("interpretNote: negation with scope (NegEx)", () => {
  it.each([
    ["no fever", [], ["fever"]],
    ["denies fever, chills or dysuria", [], ["dysuria", "fever", "rigors"]],
    ["fever denied", [], ["fever"]],
    ["fever - no", [], ["fever"]],
    ["dysuria: absent", [], ["dysuria"]],
    ["pyrexia not present", [], ["fever"]],
    ["negative for dysuria", [], ["dysuria"]],
    ["free of contractions", [], ["uterine-contractions"]],
    ["afebrile", [], ["fever"]],
    ["no fever but has dysuria", ["dysuria"], ["fever"]],
    ["no fever, however reports back pain", ["low-back-pain"], ["fever"]],
    ["no fever. back pain", ["low-back-pain"], ["fever"]],
    ["no fever; dysuria", ["dysuria"], ["fever"]],
    ["no fever\ndysuria", ["dysuria"], ["fever"]],
    ["without fever or rigors, she has right flank pain", ["right-sided-pain"], ["fever", "rigors"]],
    ["no history of miscarriage", [], ["previous-miscarriage"]],
    ["no fever since yesterday when the back pain started and it is bad", ["low-back-pain"], ["fever"]],
    ["no change in the back pain", ["low-back-pain"], []],
    ["not only back pain but also fever", ["fever", "low-back-pain"], []],
    ["no increase in contractions", ["uterine-contractions"], []],
    ["not relieved by rest", ["not-relieved-by-rest"], []],
    ["the pain does not radiate", ["no-radiation"], []],
    ["non-tender abdomen", ["soft-abdomen"], []],
    ["cannot pass urine", ["urinary-retention"], []],
    ["fever, then no fever", ["fever"], []],
  ])("%j", (text, present, absent) => {
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
