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
  const settings = toEngineOptions(options);
  const week = input.gestationalWeek;
  const model = createModel(knowledge, week);
  const entered = toEnteredFindings(input);
  const weighted = toWeighted(model, entered);
  const ranking = rankCandidates(
    model,
    entered,
    toProbabilities(toScores(model, weighted)),
    knowledge.names,
    settings.probabilityCeiling,
  );
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
  return {
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
      leaders,
      toEnteredIds(entered),
      knowledge.names,
      settings,
    ),
    suggestedDiagnostics: suggestDiagnostics(knowledge, leaders, week),
    treatmentSafety: assessTreatments(knowledge, treatmentLeaders, week),
  };
}
