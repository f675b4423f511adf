export { assessSafety, RESTRICTIVENESS, toClassClosure, USABLE_LEVELS } from "./assess-safety";
export { OBJECTIVE_FINDING_TYPES, PROBABILITY_CEILING, SETTLING_RATIO } from "./ceiling";
export {
  computeDifferential,
  type FollowUp,
  type LazyDifferential,
  prepareDifferential,
  toDifferentialResult,
} from "./compute-differential";
export { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "./engine-options";
export { selectLeaders } from "./leaders";
export {
  CONSUMER_RATIO_BAND,
  DEFAULT_FALSE_POSITIVE,
  EVOKING_FALSE_POSITIVE,
  FREQUENCY_PROBABILITY,
  LEAK_PROBABILITY,
  type LikelihoodOrigin,
  type LinkRatio,
  toLikelihoodRatio,
  toLinkRatio,
} from "./likelihood";
export { OUT_OF_WINDOW_FACTOR, PREVALENCE_PRIOR, UNLISTED_PRIOR_FLOOR } from "./priors";
export { RAISE_FACTOR } from "./red-flags";
export { isSourceKind, toSourceRank } from "./source-rank";
export { TEMPERING_DECAY } from "./temper";
export type * from "./types";
