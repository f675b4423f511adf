import { buildLexicon, type LexiconFinding } from "./lexicon";
import findings from "./test-findings.json";

/**
 * A small lexicon for the interpreter's tests (test-findings.json, one finding a row), written like
 * the curated graph (ids mirror it) so the tests do not move when the graph does.
 */
export const TEST_FINDINGS: LexiconFinding[] = findings;

/** Words of other nodes: known to the interpreter, never corrected into a finding. */
export const TEST_OTHER_TEXTS = ["Heat packs", "Paracetamol", "Urine culture", "Pyelonephritis"];

export const testLexicon = () => buildLexicon(TEST_FINDINGS, TEST_OTHER_TEXTS);
