/**
 * Closed word lists the interpreter reads notes with. Words are normalised and spelling-folded
 * (`foldSpelling`) before they are compared with these; `words.ts` folds the lists once.
 */

/** Function words: never part of a phrase's meaning, never reported as unrecognised. */
export const STOPWORDS = `a an the of in on at to for by with from into onto over under about around as
than then so such is are was were be been being am it its this that these those there here my me i her
hers she he his him you your we our they them their do does did done doing has have had having can could
would should will shall may might must also very quite really just any some all each every either other
own same only too again further more most much many what when where while whilst which who whom whose
why how if up down out off above below near through during before after until unto per via upon within
positive and or nor but however although though yet`;

/** Words of a note that carry no finding: not reported as unrecognised, not matched alone. */
export const FILLER = `patient pt woman lady mother mum mom girl female she reports reported reporting report
complains complaining complain complained presents presenting presented present states stated says said
describes described describing notes noted noticed notices feels feel feeling felt started starting
start began begin begun since today yesterday tonight morning evening afternoon now currently recently
ago day days hour hours minute minutes week weeks wk wks month months year years old aged age yo yr yrs
pregnant pregnancy gestation gestational primigravida multigravida primip multip gravida para gp
booking seen review reviewed hx examination exam otherwise noticed got get gets getting went go going
come coming came yes`;

/** Words that qualify a finding without being one ("acute" lower back pain). */
export const QUALIFIERS = `acute chronic subacute new ongoing persistent progressive gradual gradually
occasional occasionally moderate significant marked minimal worsening improving slight slightly
localized localised sometimes light`;

/** Side words: kept as the match's laterality, and never dropped from a phrase in a partial match. */
export const LATERALITY: Readonly<Record<string, "LEFT" | "RIGHT" | "BILATERAL">> = {
  left: "LEFT",
  lt: "LEFT",
  right: "RIGHT",
  rt: "RIGHT",
  bilateral: "BILATERAL",
  bilaterally: "BILATERAL",
  both: "BILATERAL",
};

/**
 * Places in the body, and whose body: one of them alone (a leg, the feet, the fetus) names no
 * finding, even when only one finding uses it.
 */
export const LOCATIONS = `back leg legs foot feet arm arms hand hands head neck shoulder shoulders abdomen stomach
pelvis side sides chest buttock buttocks groin flank loin spine uterus bladder kidney kidneys vagina hip hips knee
knees rib ribs face eye eyes skin bone bones muscle muscles joint joints tailbone sacrum coccyx waist
fetal fetus foetal foetus baby maternal mother`;

/** Words too general to carry a match on their own: "pain" alone names no finding. */
export const GENERIC = "pain";

/** Negation words inside phrases ("not relieved by rest", "non-tender"): one canonical term. */
export const NEGATION_WORDS =
  "no not non never without cannot cant can't unable nil doesn't don't didn't isn't wasn't hasn't haven't won't";

/** Number words, for "twenty-four weeks". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
};

export const words = (list: string): string[] => list.split(/\s+/).filter((w) => w.length > 0);
