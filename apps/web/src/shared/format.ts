/** Number formats used on screen; each is traceable to a field of the API's answer. */

/** 0.954 -> "95%", 0.019 -> "1.9%", 0.0004 -> "<0.1%". */
export function toPercent(probability: number): string {
  const percent = probability * 100;
  if (percent > 0 && percent < 0.1) return "<0.1%";
  if (percent < 10) return `${percent.toFixed(1).replace(/\.0$/, "")}%`;
  return `${Math.round(percent)}%`;
}

/** Likelihood ratio as a multiplier of the odds: 11.43 -> "×11", 0.25 -> "×0.25". */
export function toRatio(ratio: number): string {
  if (ratio >= 10) return `×${Math.round(ratio)}`;
  if (ratio >= 1) return `×${ratio.toFixed(1).replace(/\.0$/, "")}`;
  return `×${ratio.toPrecision(2)}`;
}

/** Log weight with an explicit sign, using a true minus. */
export function toSignedWeight(weight: number): string {
  const text = Math.abs(weight).toFixed(2);
  return weight < 0 ? `−${text}` : `+${text}`;
}

/** Expected information gain in bits. */
export function toBits(bits: number): string {
  return `${bits.toFixed(2)} bits`;
}

const ORDINALS = ["", "1st", "2nd", "3rd"];

/** 2 -> "2nd trimester". */
export function toTrimesterLabel(trimester: number): string {
  return `${ORDINALS[trimester] ?? `${trimester}th`} trimester`;
}

/**
 * What stands in for a node's name before it has loaded (or when it is gone): the id's words,
 * capitalised ("loin-pain" -> "Loin pain"), never the raw id itself (issue 17).
 */
export function toFallbackName(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words === "" ? "Unnamed node" : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Alphabetical order of names on screen, ignoring case, then by code unit. Not `localeCompare`:
 * its first call in a page builds an ICU collator (11-25 ms of the main thread in Chromium here),
 * and the names sorted are English.
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 12000 -> "12,000": a count with thousands separators, without an ICU number formatter. */
export function toCount(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return value < 0 ? `-${grouped}` : grouped;
}
