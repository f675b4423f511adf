import { describe, expect, it } from "vitest";
import { foldSpelling } from "./spelling";
import { stemWord } from "./stem";
import { analyzeWords, toTerms } from "./terms";

describe("foldSpelling (British to American, both sides)", () => {
  it.each([
    ["oedema", "edema"],
    ["haematuria", "hematuria"],
    ["anaesthesia", "anesthesia"],
    ["paraesthesia", "paresthesia"],
    ["labour", "labor"],
    ["labouring", "laboring"],
    ["foetal", "fetal"],
    ["faecal", "fecal"],
    ["leucocytes", "leukocytes"],
    ["tachypnoea", "tachypnea"],
    ["diarrhoea", "diarrhea"],
    ["praevia", "previa"],
    ["sulphate", "sulfate"],
    ["localised", "localized"],
    ["hospitalisation", "hospitalization"],
    ["paralyse", "paralyze"],
    ["rigours", "rigors"],
    ["centre", "center"],
    ["rise", "rise"],
    ["four", "four"],
  ])("%s -> %s", (uk, us) => expect(foldSpelling(uk)).toBe(us));
});

describe("stemWord", () => {
  it.each([
    ["vomiting", "vomitting"],
    ["tachycardia", "tachycardic"],
    ["pyrexia", "pyrexial"],
    ["tachypnea", "tachypneic"],
    ["urination", "urine"],
    ["lying", "lie"],
    ["came", "come"],
  ])("%s and %s share a stem", (a, b) => expect(stemWord(a)).toBe(stemWord(b)));
});

describe("toTerms: the analysis both sides of every comparison share", () => {
  it.each([
    ["UTI", "urin tract infect"],
    ["urinary tract infection", "urin tract infect"],
    ["CVA tenderness", "costovertebr angl tender"],
    ["PV bleeding", "vagin bleed"],
    ["pre-eclampsia", "preeclamps"],
    ["pre eclampsia", "preeclamps"],
    ["preeclampsia", "preeclamps"],
    ["X-ray", "xrai"],
    ["can't pass urine", "not pass urin"],
    ["unable to pass urine", "not pass urin"],
    ["afebrile", "not fever"],
    ["RIF pain", "right lower quadrant pain"],
    ["chills", "rigor"],
    ["chilling", "chill"],
    ["my tummy hurts", "abdomen pain"],
    ["PET", "preeclamps"],
    ["pet", "pet"],
  ])("%s -> %s", (text, terms) => expect(toTerms(text).join(" ")).toBe(terms));

  it("keeps the span of what was written on rewritten words", () => {
    const words = analyzeWords("no UTI");
    expect(words.map((w) => [w.text, w.start, w.end, w.rewritten])).toEqual([
      ["no", 0, 2, false],
      ["urine", 3, 6, true],
      ["tract", 3, 6, true],
      ["infection", 3, 6, true],
    ]);
  });
});
