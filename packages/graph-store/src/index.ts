export { abortableRunner, currentSignal, detached, runWithSignal } from "./abort";
export { ensureGraphLoaded, ensureTeachingPathsSeeded, openCuratedStore } from "./bootstrap";
export {
  createRunner,
  DEFAULT_GRAPH_DIR,
  DEFAULT_SEEDS_DIR,
  describeStore,
  REPO_ROOT,
  type StoreConfig,
  seedsDir,
  storeConfigFromEnv,
} from "./config";
export { type FollowUpKnowledge, readFollowUpKnowledge, readSafety } from "./differential";
export { type RankingKnowledge, readRankingKnowledge } from "./differential-ranking";
export { isStoreError, StoreError, type StoreErrorCode } from "./errors";
export * from "./loader";
export { toEvidence, toGraphEdge, toGraphNode } from "./mapping";
export { decodeCursor, encodeCursor, type PathCursor } from "./paths/cursor";
export { isTeachingPathError, TeachingPathError, type TeachingPathErrorReason } from "./paths/errors";
export {
  type Actor,
  type AuditEntry,
  type CreatePathInput,
  type ListPathsOptions,
  type PathChange,
  type PathPage,
  type PathStore,
  SYSTEM_ACTOR,
  type WriteOptions,
} from "./paths/path-store";
export { readSeedPaths, SEED_OWNER, type SeedPath, seedTeachingPaths } from "./paths/seed";
export { createProgressBar } from "./progress";
export * as queries from "./queries";
export type { AccessMode, CypherRunner, EngineName, Params, Row } from "./runner";
export { eachRow } from "./runner";
export { createEmbeddedRunner } from "./runners/embedded";
export { createNeo4jRunner } from "./runners/neo4j";
export { createTextIndex, FIELD_BOOSTS, lexiconFromNodes } from "./search";
export * from "./snapshot";
export { createGraphStore, type GraphStore, type GraphStoreOptions, type LoadProgress } from "./store";
