import { once } from "../once";
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
import type {
  Candidate,
  DifferentialInput,
  DifferentialKnowledge,
  DifferentialResult,
  DontMissEntry,
  NextFinding,
  RedFlagHit,
  SuggestedDiagnostic,
  TreatmentSafety,
} from "./types";

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
 * A differential whose costlier parts are computed on first ask, each once: the ranking and the
 * red flags are ready, the don't-miss lane, next findings, suggested tests and treatment safety
 * are functions. An API answer that does not select a part never pays for it; what each returns
 * is what `finish` puts in the result.
 */
export interface LazyDifferential {
  candidates: Candidate[];
  otherProbability: number;
  omittedProbability: number;
  redFlags: RedFlagHit[];
  dontMiss: () => DontMissEntry[];
  nextFindings: () => NextFinding[];
  suggestedDiagnostics: () => SuggestedDiagnostic[];
  treatmentSafety: () => TreatmentSafety[];
}

/** Every part of a lazy differential computed, in the result's order. */
export function toDifferentialResult(lazy: LazyDifferential): DifferentialResult {
  return {
    candidates: lazy.candidates,
    otherProbability: lazy.otherProbability,
    omittedProbability: lazy.omittedProbability,
    redFlags: lazy.redFlags,
    dontMiss: lazy.dontMiss(),
    nextFindings: lazy.nextFindings(),
    suggestedDiagnostics: lazy.suggestedDiagnostics(),
    treatmentSafety: lazy.treatmentSafety(),
  };
}

/**
 * A differential in two halves, for callers that read the tests and treatments of the leaders
 * only (the API): rank once on the conditions and their links, read the leaders' follow-up, then
 * `finish`. Ranking, red flags, don't-miss and next findings depend only on the first half;
 * `finish(followUp)` adds the suggested tests and treatment safety, with names from both halves.
 * `computeDifferential` is `prepareDifferential(k).finish(k)`; `finishLazy` is the same result
 * with every part but the ranking and red flags computed when first asked for. Contributions
 * (supporting, opposing) are worked out for the candidates shown; those of the others only when
 * something reads them (a red flag or the lane, for an alarming candidate).
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
  const shownCount = Math.max(0, settings.maxCandidates);
  const ranking = rankCandidates(
    model,
    entered,
    posterior,
    knowledge.names,
    settings.probabilityCeiling,
    shownCount,
  );
  const shown = ranking.candidates.slice(0, shownCount);
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
  const dontMiss = once(() =>
    findDontMiss(
      knowledge.conditions,
      ranking.candidates,
      redFlags,
      knowledge.names,
      week,
      { emergency: settings.dontMissEmergencyThreshold, urgent: settings.dontMissUrgentThreshold },
      settings.redFlagThreshold,
    ),
  );
  const nextFindings = once(() =>
    suggestNextFindings(
      model,
      weighted,
      posterior,
      leaders,
      toEnteredIds(entered),
      knowledge.names,
      settings,
    ),
  );
  const finishLazy = (followUp: FollowUp): LazyDifferential => {
    const all = { ...knowledge, ...followUp };
    return {
      candidates: shown,
      otherProbability: ranking.otherProbability,
      omittedProbability: omitted,
      redFlags,
      dontMiss,
      nextFindings,
      suggestedDiagnostics: once(() => suggestDiagnostics(all, leaders, week)),
      treatmentSafety: once(() => assessTreatments(all, treatmentLeaders, week)),
    };
  };
  return {
    /** The leading candidates, whose tests and treatments `finish` needs. */
    leaders,
    /** The whole result, with the leaders' tests and the treatment safety from `followUp`. */
    finish: (followUp: FollowUp): DifferentialResult => toDifferentialResult(finishLazy(followUp)),
    /** The same result, its parts but the ranking and red flags computed when first asked for. */
    finishLazy,
  };
}
