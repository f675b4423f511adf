import { PROBABILITY_CEILING } from "@bpx/domain";
import { toPercent } from "../shared/format";

/** A word band a probability falls in, so a number is never read as more precise than it is. */
export interface ProbabilityBand {
  /** "very likely", "likely", "possible", "less likely", "unlikely", "remote". */
  label: string;
  /** The band's edges as text, e.g. "60–90%". */
  range: string;
}

/**
 * Bands with round edges, lowest bound first. The engine computes point estimates, not intervals:
 * its ratios come mostly from frequency words, so the band is what the number can honestly say.
 */
const BANDS: readonly { from: number; label: string; range: string }[] = [
  { from: PROBABILITY_CEILING, label: "very likely", range: "90% or more" },
  { from: 0.6, label: "likely", range: "60–90%" },
  { from: 0.3, label: "possible", range: "30–60%" },
  { from: 0.1, label: "less likely", range: "10–30%" },
  { from: 0.02, label: "unlikely", range: "2–10%" },
  { from: 0, label: "remote", range: "under 2%" },
];

export const PROBABILITY_BANDS: readonly ProbabilityBand[] = BANDS.map(({ label, range }) => ({
  label,
  range,
}));

export function toProbabilityBand(probability: number): ProbabilityBand {
  const band = BANDS.find((b) => probability >= b.from) ?? BANDS[BANDS.length - 1];
  return { label: band?.label ?? "remote", range: band?.range ?? "under 2%" };
}

/**
 * "90% · very likely (90% or more), held at the ceiling", "41% · possible (30–60%)": the engine's
 * number with its band and, when it was held, that it could not go higher.
 */
export function toProbabilityText(probability: number, capped = false): string {
  const band = toProbabilityBand(probability);
  return `${toPercent(probability)} · ${band.label}${capped ? ", held at the 90% ceiling" : ""}`;
}
