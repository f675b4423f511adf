export { type BoltAnswer, portInUse } from "./bolt";
export { type Connection, parseEnvFile, readConnection } from "./connection-env";
export {
  type StartResult,
  type StatusResult,
  type StopResult,
  startNeo4j,
  statusNeo4j,
  stopNeo4j,
} from "./launcher";
export { checkTools, INSTALL_HINT, MissingToolError } from "./maven";
export { type ServerSettings, serverFiles, settingsFromEnv, testServerSettings } from "./settings";
