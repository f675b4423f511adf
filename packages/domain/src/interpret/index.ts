export type { GestationalAge } from "./gestation";
export { readGestationalAge } from "./gestation";
export {
  type FindingMention,
  type Interpretation,
  interpretNote,
  type Laterality,
  type Span,
  type UnrecognizedWord,
} from "./interpret";
export { buildLexicon, type Lexicon, type LexiconFinding, phraseVariants } from "./lexicon";
export { normalizeWord } from "./normalize";
export {
  type PreparedQuery,
  prepareQuery,
  QUALIFIER_BOOST,
  type QueryTerm,
  toLuceneQuery,
} from "./prepare-query";
export { createSpeller, editDistance, maxEdits, type Speller } from "./speller";
export { foldSpelling } from "./spelling";
export { stemWord } from "./stem";
export { analyzeWords, toTerms } from "./terms";
export { type Token, tokenize } from "./tokenize";
