export { buildKnowledgeSnapshot, type KnowledgeSnapshot, type SnapshotStats } from "./knowledge-snapshot";
export {
  createSnapshotHolder,
  DEFAULT_SNAPSHOT_CHECK_MS,
  type SnapshotHolder,
  type SnapshotHolderOptions,
} from "./snapshot-holder";
