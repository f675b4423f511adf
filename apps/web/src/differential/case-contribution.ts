import { toRatio } from "../shared/format";
import type { Contribution } from "./case-types";

/**
 * Where a finding's ratio comes from and what the engine did to it, in words: the study or the
 * graph's words, the consumer band, the tempering. Empty notes are left out.
 */
export function toContributionNotes(item: Contribution): string[] {
  const notes: string[] = [];
  if (item.origin === "LEAK") {
    notes.push(
      "Not linked to this condition in the graph: a small push against (×0.5), never strong evidence",
    );
  } else if (item.origin === "STUDY" || item.origin === "MIXED") {
    const from = item.statsSource ? ` (${item.statsSource.title})` : "";
    notes.push(
      item.origin === "STUDY"
        ? `Ratio from a study's sensitivity and specificity${from}`
        : `Ratio partly from a study${from}, partly from the graph's words`,
    );
  } else {
    notes.push("Ratio from the graph's frequency and evoking words");
  }
  if (item.clamped) {
    notes.push(
      `Consumer articles only: held to ${toRatio(item.likelihoodRatio)} (the link alone would give ${toRatio(item.linkLikelihoodRatio)})`,
    );
  }
  if (item.discount < 1) {
    notes.push(
      `Counted at ${Math.round(item.discount * 100)}%: it travels with stronger findings on the same side`,
    );
  }
  return notes;
}
