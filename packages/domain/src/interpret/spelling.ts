/**
 * British to American spelling, applied to every word on both sides (index and query, lexicon and
 * note), so either spelling finds the other. Over-folding a word that has no American twin is
 * harmless because both sides fold alike; only folds that would merge two different words matter,
 * and the tables avoid those (no general "-our" rule: four/for, hour, your).
 */
const INFIXES: readonly (readonly [string, string])[] = [
  ["oedem", "edem"],
  ["oesoph", "esoph"],
  ["oestr", "estr"],
  ["foet", "fet"],
  ["anaesth", "anesth"],
  ["aesthe", "esthe"],
  ["haem", "hem"],
  ["anaem", "anem"],
  ["ischaem", "ischem"],
  ["aemia", "emia"],
  ["aetiol", "etiol"],
  ["paed", "ped"],
  ["gynaec", "gynec"],
  ["faec", "fec"],
  ["caesar", "cesar"],
  ["leuc", "leuk"],
  ["rrhoe", "rrhe"],
  ["pnoe", "pne"],
  ["coeliac", "celiac"],
  ["praevi", "previ"],
  ["sulph", "sulf"],
  ["manoeuv", "maneuv"],
];

/** Whole words whose British "-our", "-re", "-ogue" or other form differs (plurals follow). */
const WORDS: Readonly<Record<string, string>> = {
  labour: "labor",
  tumour: "tumor",
  colour: "color",
  odour: "odor",
  behaviour: "behavior",
  favour: "favor",
  humour: "humor",
  rigour: "rigor",
  vapour: "vapor",
  centre: "center",
  litre: "liter",
  metre: "meter",
  fibre: "fiber",
  theatre: "theater",
  catalogue: "catalog",
  grey: "gray",
  mould: "mold",
  ageing: "aging",
  programme: "program",
  draught: "draft",
  plough: "plow",
  aluminium: "aluminum",
};

const SUFFIXES = ["", "s", "ed", "ing", "er", "ers", "ful", "less"] as const;
const WORD_FORMS = new Map<string, string>();
for (const [uk, us] of Object.entries(WORDS)) {
  for (const suffix of SUFFIXES) WORD_FORMS.set(uk + suffix, us + suffix);
}

/** "-ise", "-isation", "-yse" and their forms, after at least three letters (not "rise", "wise"). */
const ISE = /^([a-z]{3,})(is|ys)(e|es|ed|ing|ation|ations|er|ers)$/;

/** The American form of one normalised word (lower case, no accents). */
export function foldSpelling(word: string): string {
  const whole = WORD_FORMS.get(word);
  if (whole) return whole;
  let out = word;
  for (const [uk, us] of INFIXES) if (out.includes(uk)) out = out.replaceAll(uk, us);
  const ise = ISE.exec(out);
  if (ise) out = `${ise[1]}${ise[2] === "is" ? "iz" : "yz"}${ise[3]}`;
  return out;
}
