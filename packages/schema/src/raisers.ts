import { type FindingLink, type LikelihoodOrigin, toLinkRatio } from "@bpx/domain";

/** How many raisers a candidate lists when the query does not say. */
export const DEFAULT_RAISERS = 3;

/** A finding not yet entered that would raise a candidate if it were found present. */
export interface Raiser {
  findingId: string;
  likelihoodRatio: number;
  origin: LikelihoodOrigin;
  frequency: string;
  evoking: string | null;
}

/** The model's window test: a missing bound is open and a missing week always matches. */
function appliesAt(link: FindingLink, week: number | undefined): boolean {
  if (week === undefined) return true;
  return (link.weekFrom ?? week) <= week && week <= (link.weekTo ?? week);
}

/**
 * The condition's linked findings that are not entered, by the likelihood ratio the engine would
 * apply if each were present (the same `toLinkRatio`, consumer band included), strongest first;
 * only those above 1, since the others would not raise it. Ties break on the finding id so the
 * answer is stable. A finding linked twice (in two windows) is listed once, with the stronger link.
 */
export function toRaisers(
  links: readonly FindingLink[],
  conditionId: string,
  entered: ReadonlySet<string>,
  week: number | undefined,
  first: number,
): Raiser[] {
  const best = new Map<string, Raiser>();
  for (const link of links) {
    if (link.conditionId !== conditionId || entered.has(link.findingId) || !appliesAt(link, week)) continue;
    const { ratio, origin } = toLinkRatio(link, true);
    const current = best.get(link.findingId);
    if (ratio <= 1 || (current !== undefined && current.likelihoodRatio >= ratio)) continue;
    best.set(link.findingId, {
      findingId: link.findingId,
      likelihoodRatio: ratio,
      origin,
      frequency: link.frequency,
      evoking: link.evoking ?? null,
    });
  }
  return [...best.values()]
    .sort((a, b) => b.likelihoodRatio - a.likelihoodRatio || a.findingId.localeCompare(b.findingId))
    .slice(0, first);
}
