export { assessSafety, RESTRICTIVENESS, toClassClosure, USABLE_LEVELS } from "./assess-safety";
export { computeDifferential } from "./compute-differential";
export { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "./engine-options";
export { selectLeaders } from "./leaders";
export {
  DEFAULT_FALSE_POSITIVE,
  EVOKING_FALSE_POSITIVE,
  FREQUENCY_PROBABILITY,
  toLikelihoodRatio,
  UNLINKED_FINDING_PROBABILITY,
} from "./likelihood";
export { OTHER_PRIOR_FLOOR, OUT_OF_WINDOW_FACTOR, PREVALENCE_PRIOR } from "./priors";
export { isSourceKind, toSourceRank } from "./source-rank";
export type * from "./types";
