import { foldSpelling } from "./spelling";
import { FILLER, GENERIC, LOCATIONS, NEGATION_WORDS, QUALIFIERS, STOPWORDS, words } from "./vocabulary";

const folded = (list: string) => new Set(words(list).map(foldSpelling));

/** The closed word lists, folded once so they compare with folded note words. */
export const STOP = folded(STOPWORDS);
export const FILL = folded(FILLER);
export const QUALIFY = folded(QUALIFIERS);
export const NEGATE = folded(NEGATION_WORDS);
export const GENERIC_WORDS = folded(GENERIC);
export const LOCATION_WORDS = folded(LOCATIONS);

/** The term every negation word inside a phrase becomes ("no", "non", "cannot" -> "not"). */
export const NOT = "not";
