import { findDontMiss } from "./dont-miss";
import { type EngineOptions, toEngineOptions } from "./engine-options";
import { toEnteredFindings, toEnteredIds } from "./entered-findings";
import { selectLeaders } from "./leaders";
import { createModel, toProbabilities, toScores, toWeighted } from "./model";
import { suggestNextFindings } from "./next-findings";
import { rankCandidates } from "./rank-candidates";
import { findRedFlags } from "./red-flags";
import { suggestDiagnostics } from "./suggest-diagnostics";
import { assessTreatments } from "./treatment-safety";
import type { DifferentialInput, DifferentialKnowledge, DifferentialResult } from "./types";

/**
 * Rank the conditions in `knowledge` against the entered findings and gestational week.
 *
 * Bayes over mutually exclusive conditions plus an "other / not in the graph" hypothesis, with
 * likelihood ratios from study figures or the graph's words, a leak for unlinked findings, a band
 * for consumer-only links, tempering of correlated findings and a 90% ceiling (see the package
 * README for every number). Pure and deterministic: the
 * same knowledge and input, in any array order, give a deep-equal result.
 *
 * @param knowledge - the conditions linked to the entered findings and everything around them
 * @param input - present and absent finding ids and the gestational week, if known
 * @param options - overrides of `DEFAULT_ENGINE_OPTIONS`
 */
export function computeDifferential(
  knowledge: DifferentialKnowledge,
  input: DifferentialInput,
  options?: Partial<EngineOptions>,
): DifferentialResult {
  return prepareDifferential(knowledge, input, options).finish(knowledge);
}

/** What the follow-up half of a differential reads: tests, treatments, their safety, names. */
export type FollowUp = Pick<
  DifferentialKnowledge,
  "diagnostics" | "treatments" | "safety" | "drugClasses" | "names"
>;

/**
 * A differential in two halves, for callers that read the tests and treatments of the leaders
 * only (the API): rank once on the conditions and their links, read the leaders' follow-up, then
 * `finish`. Ranking, red flags, don't-miss and next findings depend only on the first half, so
 * they are computed once; `finish(followUp)` adds the suggested tests and treatment safety, with
 * names from both halves. `computeDifferential` is `prepareDifferential(k).finish(k)`.
 */
export function prepareDifferential(
  knowledge: Omit<DifferentialKnowledge, keyof FollowUp> & Pick<DifferentialKnowledge, "names">,
  input: DifferentialInput,
  options?: Partial<EngineOptions>,
) {
  const settings = toEngineOptions(options);
  const week = input.gestationalWeek;
  const model = createModel(
    { ...knowledge, diagnostics: [], treatments: [], safety: [], drugClasses: {} },
    week,
  );
  const entered = toEnteredFindings(input);
  const weighted = toWeighted(model, entered);
  const posterior = toProbabilities(toScores(model, weighted));
  const ranking = rankCandidates(model, entered, posterior, knowledge.names, settings.probabilityCeiling);
  const shown = ranking.candidates.slice(0, Math.max(0, settings.maxCandidates));
  const omitted = ranking.candidates.slice(shown.length).reduce((sum, c) => sum + c.probability, 0);
  const leaders = selectLeaders(ranking.candidates, settings.leaderCount, settings.leaderFloor);
  const treatmentLeaders = selectLeaders(
    ranking.candidates,
    settings.treatmentLeaderCount,
    settings.leaderFloor,
  );
  const present = new Set(input.present);
  const redFlags = findRedFlags(
    knowledge.redFlags,
    ranking.candidates,
    present,
    week,
    settings.redFlagThreshold,
  );
  const ranked = {
    candidates: shown,
    otherProbability: ranking.otherProbability,
    omittedProbability: omitted,
    redFlags,
    dontMiss: findDontMiss(
      knowledge.conditions,
      ranking.candidates,
      redFlags,
      knowledge.names,
      week,
      { emergency: settings.dontMissEmergencyThreshold, urgent: settings.dontMissUrgentThreshold },
      settings.redFlagThreshold,
    ),
    nextFindings: suggestNextFindings(
      model,
      weighted,
      posterior,
      leaders,
      toEnteredIds(entered),
      knowledge.names,
      settings,
    ),
  };
  return {
    /** The leading candidates, whose tests and treatments `finish` needs. */
    leaders,
    /** The whole result, with the leaders' tests and the treatment safety from `followUp`. */
    finish(followUp: FollowUp): DifferentialResult {
      const all = { ...knowledge, ...followUp };
      return {
        ...ranked,
        suggestedDiagnostics: suggestDiagnostics(all, leaders, week),
        treatmentSafety: assessTreatments(all, treatmentLeaders, week),
      };
    },
  };
}
