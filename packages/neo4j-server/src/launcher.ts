import { mkdirSync } from "node:fs";
import { askBolt, type BoltAnswer, portInUse, waitForBolt } from "./bolt";
import { type Connection, readConnection, writeConnection } from "./connection-env";
import { checkTools, ensureBuilt } from "./maven";
import {
  isServerProcess,
  logTail,
  runningPid,
  serverSaidReady,
  spawnServer,
  stopServer,
} from "./server-process";
import { type ServerSettings, serverFiles, shownPath } from "./settings";

export interface StartResult {
  state: "started" | "already-running";
  pid: number;
  connection: Connection;
  /** The file holding the connection lines. */
  connectionFile: string;
  answer: BoltAnswer;
  /** From the call to Bolt answering (includes a Maven build when one was needed). */
  ms: number;
}

type Say = (line: string) => void;

/**
 * Starts the server for `settings.dir` in the background and resolves once Bolt answers a login
 * with the generated password. A server already running for that folder is left alone (its
 * connection is returned), so starting twice is harmless.
 */
export async function startNeo4j(settings: ServerSettings, say: Say = () => {}): Promise<StartResult> {
  const started = Date.now();
  checkTools();
  const files = serverFiles(settings.dir);
  mkdirSync(settings.dir, { recursive: true });
  const existing = runningPid(settings.dir);
  const known = readConnection(files.connection);
  if (existing !== null && known) {
    const answer = await waitForBolt(known, {
      timeoutMs: settings.startTimeoutMs,
      alive: () => isServerProcess(existing),
    });
    return {
      state: "already-running",
      pid: existing,
      connection: known,
      connectionFile: files.connection,
      answer,
      ms: Date.now() - started,
    };
  }
  if (existing !== null) {
    // Running without its connection file (deleted by hand): restart so the password is known again.
    say(`restarting the server (pid ${existing}): ${shownPath(files.connection)} is missing`);
    await stopServer(existing, settings.dir);
  }
  if (await portInUse(settings.host, settings.port)) {
    throw new Error(
      `port ${settings.port} on ${settings.host} is already in use by another program; stop it or set NEO4J_BOLT_PORT`,
    );
  }
  const classpath = await ensureBuilt();
  const connection = writeConnection(files.connection, settings.host, settings.port);
  say(
    `starting Neo4j on ${connection.NEO4J_URI} (heap ${settings.heapMb} MiB, page cache ${settings.pageCacheMb} MiB, data ${shownPath(files.home)})`,
  );
  const pid = spawnServer(settings, classpath, connection.NEO4J_PASSWORD);
  try {
    const answer = await waitForBolt(connection, {
      timeoutMs: settings.startTimeoutMs,
      alive: () => isServerProcess(pid),
      passwordSet: () => serverSaidReady(settings.dir),
    });
    return {
      state: "started",
      pid,
      connection,
      connectionFile: files.connection,
      answer,
      ms: Date.now() - started,
    };
  } catch (error) {
    if (isServerProcess(pid)) await stopServer(pid, settings.dir);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Neo4j did not start: ${reason}\nlast lines of ${files.log}:\n${logTail(settings.dir)}`);
  }
}

export interface StopResult {
  state: "stopped" | "killed" | "not-running";
  pid: number | null;
  ms: number;
}

/** Stops the server for `settings.dir` cleanly (SIGTERM, then waits); harmless when none runs. */
export async function stopNeo4j(settings: ServerSettings, timeoutMs = 60_000): Promise<StopResult> {
  const started = Date.now();
  const pid = runningPid(settings.dir);
  if (pid === null) return { state: "not-running", pid: null, ms: 0 };
  const state = await stopServer(pid, settings.dir, timeoutMs);
  return { state, pid, ms: Date.now() - started };
}

export interface StatusResult {
  pid: number | null;
  connection: Connection | null;
  answer: BoltAnswer | null;
}

/** Whether the server runs and answers; never starts or stops anything. */
export async function statusNeo4j(settings: ServerSettings): Promise<StatusResult> {
  const pid = runningPid(settings.dir);
  const connection = readConnection(serverFiles(settings.dir).connection);
  if (pid === null || !connection) return { pid, connection, answer: null };
  const answer = await askBolt(connection).catch(() => null);
  return { pid, connection, answer };
}
