import { toPercent, toRatio } from "../shared/format";
import type { Differential, DontMissEntry } from "./case-types";

/** Conditions the don't-miss lane keeps open, so the ranking can mark them too. */
export function toLaneIds(differential: Pick<Differential, "dontMiss">): ReadonlySet<string> {
  return new Set(differential.dontMiss.map((entry) => entry.condition.id));
}

const ORDINAL_SUFFIX: Record<string, string> = { "1": "st", "2": "nd", "3": "rd" };

/** 1 -> "1st", 12 -> "12th", 22 -> "22nd". */
export function toOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : (ORDINAL_SUFFIX[String(n % 10)] ?? "th")}`;
}

/** "4.1%, ranked 3rd": the same probability the ranking shows, so the two never disagree. */
export function toLaneStanding(entry: Pick<DontMissEntry, "probability" | "rank">): string {
  if (entry.rank === null) return "not in the ranking (named by a red-flag rule)";
  return `${toPercent(entry.probability)}, ranked ${toOrdinal(entry.rank)}`;
}

/** "Fever ×11" or "Saddle anaesthesia (rule)": a finding and how strongly it keeps the condition open. */
export function toLaneFinding(finding: DontMissEntry["findings"][number]): string {
  const ratio = finding.likelihoodRatio === null ? "rule" : toRatio(finding.likelihoodRatio);
  return `${finding.finding.name} (${ratio})`;
}
