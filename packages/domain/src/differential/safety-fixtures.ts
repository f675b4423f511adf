/**
 * TEST DATA ONLY. Safety statements shaped like the issue-11 contract's cases (a regulator's
 * week-windowed NSAID warning, a consumer article that allows what guidelines restrict, ...), so
 * the headline algorithm is tested on the situations the real graph holds. Every source is a
 * fictitious `test-*` one and every quote says "Test data"; the real verdicts are tested through
 * the API on the curated graph.
 */
import { statement } from "./fixture-builders";
import type { SafetyStatement } from "./types";

const REGULATOR = "test-regulator";
const OTHER_REGULATOR = "test-regulator-2";
const GUIDELINE = "test-guideline";
const OTHER_GUIDELINE = "test-guideline-2";
const CONSUMER = "test-consumer";

// One statement a line, as the contract lists them: data rows, alike in shape to each other; no logic
// repeats.
export const CONTRACT_SAFETY: SafetyStatement[] = [
  // NSAIDs: the regulator's two windows, a consumer article's blanket ban and its own allowances.
  statement("nsaids", "AVOID", REGULATOR, "regulator", 20, 29),
  statement("nsaids", "CONTRAINDICATED", REGULATOR, "regulator", 30, 42),
  statement("nsaids", "CONTRAINDICATED", CONSUMER, "consumer-article"),
  statement("ibuprofen", "CAUTION", CONSUMER, "consumer-article"),
  statement("ibuprofen-gel", "ALLOWED", CONSUMER, "consumer-article"),
  // Low-dose aspirin: the regulator exempts it from its NSAID warning; a guideline recommends it.
  statement("low-dose-aspirin", "ALLOWED", REGULATOR, "regulator"),
  statement("low-dose-aspirin", "ALLOWED", GUIDELINE, "guideline", 12, 36),
  statement("metamizole", "CAUTION", CONSUMER, "consumer-article"),
  statement("metamizole", "CONTRAINDICATED", REGULATOR, "regulator", 28, 42),
  statement("magnesium-sulfate", "ALLOWED", CONSUMER, "consumer-article"),
  statement("magnesium-sulfate", "CAUTION", REGULATOR, "regulator"),
  statement("paracetamol", "ALLOWED", GUIDELINE, "guideline"),
  statement("paracetamol", "CAUTION", REGULATOR, "regulator"),
  statement("paracetamol", "ALLOWED", CONSUMER, "consumer-article"),
  statement("radiography", "CONTRAINDICATED", CONSUMER, "consumer-article"),
  statement("radiography", "CAUTION", GUIDELINE, "guideline"),
  statement("ct", "CAUTION", GUIDELINE, "guideline"),
  statement("ultrasound", "ALLOWED", GUIDELINE, "guideline"),
  statement("mri", "ALLOWED", GUIDELINE, "guideline"),
  statement("nitrofurantoin", "ALLOWED", GUIDELINE, "guideline", 1, 36),
  statement("nitrofurantoin", "CONTRAINDICATED", GUIDELINE, "guideline", 37, 42),
  statement("trimethoprim", "AVOID", GUIDELINE, "guideline", 1, 13),
  statement("tetracyclines", "CONTRAINDICATED", GUIDELINE, "guideline", 15, 42),
  statement("fluoroquinolones", "AVOID", GUIDELINE, "guideline"),
  statement("fluoroquinolones", "CONTRAINDICATED", CONSUMER, "consumer-article"),
  statement("terbutaline", "CONTRAINDICATED", REGULATOR, "regulator"),
  statement("bed-rest", "AVOID", GUIDELINE, "guideline"),
  statement("bed-rest", "ALLOWED", CONSUMER, "consumer-article"),
  statement("vaginal-examination", "CONTRAINDICATED", GUIDELINE, "guideline", 20, 42),
  // Same-rank disagreements: a real split, and two not-usable levels that are no split.
  statement("drug-split", "ALLOWED", GUIDELINE, "guideline"),
  statement("drug-split", "AVOID", OTHER_GUIDELINE, "guideline"),
  statement("drug-caution-vs-ban", "CAUTION", REGULATOR, "regulator"),
  statement("drug-caution-vs-ban", "CONTRAINDICATED", OTHER_REGULATOR, "regulator"),
  statement("drug-avoid-vs-ban", "AVOID", REGULATOR, "regulator"),
  statement("drug-avoid-vs-ban", "CONTRAINDICATED", OTHER_REGULATOR, "regulator"),
];

export const CONTRACT_CLASSES: Record<string, string[]> = {
  ibuprofen: ["nsaids"],
  "ibuprofen-gel": ["ibuprofen"],
  "low-dose-aspirin": ["nsaids"],
};
