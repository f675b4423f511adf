/** Knobs of the differential engine. Every one has a default in `DEFAULT_ENGINE_OPTIONS`. */
export interface EngineOptions {
  /** Candidates returned; the rest are still computed, and their mass is `omittedProbability`. */
  maxCandidates: number;
  /** No candidate above this unless a finding settles it (see `ceiling.ts`); 1 turns it off. */
  probabilityCeiling: number;
  /** An urgent or emergency candidate at or above this probability raises a red flag. */
  redFlagThreshold: number;
  /** An emergency condition a present finding supports enters the don't-miss lane from this probability. */
  dontMissEmergencyThreshold: number;
  /** An urgent condition a present finding supports enters the don't-miss lane from this probability. */
  dontMissUrgentThreshold: number;
  /** The top N candidates are "leading" for next findings and suggested diagnostics. */
  leaderCount: number;
  /** The top N candidates whose drugs and measures get a safety assessment. */
  treatmentLeaderCount: number;
  /** Any candidate at or above this probability is leading too, whatever its rank. */
  leaderFloor: number;
  /** Next findings returned. */
  maxNextFindings: number;
  /** Conditions named in each next finding's `separates`. */
  maxSeparates: number;
}

export const DEFAULT_ENGINE_OPTIONS: Readonly<EngineOptions> = {
  maxCandidates: 10,
  probabilityCeiling: 0.9,
  redFlagThreshold: 0.2,
  dontMissEmergencyThreshold: 0.02,
  dontMissUrgentThreshold: 0.05,
  leaderCount: 5,
  treatmentLeaderCount: 3,
  leaderFloor: 0.1,
  maxNextFindings: 5,
  maxSeparates: 3,
};

/** Defaults filled in; `undefined` values in the partial keep the default. */
export function toEngineOptions(options: Partial<EngineOptions> | undefined): EngineOptions {
  const merged: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS };
  for (const key of Object.keys(merged) as (keyof EngineOptions)[]) {
    const value = options?.[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
