import { stemmer } from "stemmer";

/** Irregular forms Porter's algorithm leaves apart from their base word. */
const LEMMAS: Readonly<Record<string, string>> = {
  came: "come",
  went: "go",
  gone: "go",
  felt: "feel",
  began: "begin",
  begun: "begin",
  woke: "wake",
  woken: "wake",
  lying: "lie",
  laying: "lie",
  lies: "lie",
  gave: "give",
  given: "give",
  broke: "break",
  broken: "break",
  fell: "fall",
  fallen: "fall",
  threw: "throw",
  thrown: "throw",
  took: "take",
  taken: "take",
  got: "get",
  gotten: "get",
  ran: "run",
  bled: "bleed",
  sat: "sit",
  stood: "stand",
  caught: "catch",
  feet: "foot",
  women: "woman",
  children: "child",
  swollen: "swell",
};

/** Greek and Latin endings that part a noun from its adjective (tachycardia / tachycardic). */
const CLASSICAL_ENDING = /(?:ia|ic|i|a|e)$/;

/**
 * The stem a word is indexed and looked up by: irregular forms first, then Porter's stemmer, then
 * classical endings dropped while at least four letters remain ("pyrexia", "pyrexial" -> pyrex;
 * "tachypnea", "tachypneic" -> tachypn).
 */
export function stemWord(word: string): string {
  const base = LEMMAS[word] ?? word;
  if (base.length <= 3 || !/^[a-z]+$/.test(base)) return base;
  let stem = stemmer(base);
  for (let bare = stem.replace(CLASSICAL_ENDING, ""); bare !== stem && bare.length >= 4; ) {
    stem = bare;
    bare = stem.replace(CLASSICAL_ENDING, "");
  }
  return stem;
}
