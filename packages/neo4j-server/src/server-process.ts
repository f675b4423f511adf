import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { type ServerSettings, serverFiles } from "./settings";

const MAIN_CLASS = "bpx.neo4j.Server";

/**
 * Whether `pid` is this project's Neo4j server. The pid file may outlive the process and the pid be
 * reused, so the command line is checked too; a zombie has an empty one and counts as gone.
 */
export function isServerProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  // Without /proc (not Linux) the signal check is all there is.
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    return readFileSync(cmdline, "utf8").split("\0").includes(MAIN_CLASS);
  } catch {
    return false;
  }
}

/** The pid of the running server for this folder, or null (a stale pid file is removed). */
export function runningPid(dir: string): number | null {
  const { pid: file } = serverFiles(dir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0 && isServerProcess(pid)) return pid;
  rmSync(file, { force: true });
  return null;
}

/** The JVM options: bounded heap, G1, the opens Neo4j 5 asks for on Java 17, exit on OOM. */
export function jvmOptions(settings: ServerSettings): string[] {
  return [
    `-Xms${Math.min(256, settings.heapMb)}m`,
    `-Xmx${settings.heapMb}m`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
  ];
}

/**
 * Starts the JVM detached (its own session, output to the log file) and records its pid. The
 * password goes in the child's environment, never its arguments.
 */
export function spawnServer(settings: ServerSettings, classpath: string, password: string): number {
  const files = serverFiles(settings.dir);
  mkdirSync(files.home, { recursive: true });
  const log = openSync(files.log, "w");
  const child = spawn("java", [...jvmOptions(settings), "-cp", classpath, MAIN_CLASS], {
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      BPX_NEO4J_HOME: files.home,
      BPX_NEO4J_HOST: settings.host,
      BPX_NEO4J_BOLT_PORT: String(settings.port),
      BPX_NEO4J_PAGECACHE_MB: String(settings.pageCacheMb),
      BPX_NEO4J_PASSWORD: password,
    },
  });
  if (child.pid === undefined) throw new Error("could not start java");
  child.unref();
  writeFileSync(files.pid, `${child.pid}\n`);
  return child.pid;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SIGTERM, then waits for the JVM to exit: its shutdown hook closes the databases (a checkpoint),
 * which takes seconds. Only after `timeoutMs` without exiting is it killed. Returns how it ended.
 */
export async function stopServer(
  pid: number,
  dir: string,
  timeoutMs = 60_000,
): Promise<"stopped" | "killed"> {
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  let how: "stopped" | "killed" = "stopped";
  while (isServerProcess(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      how = "killed";
      await sleep(500);
      break;
    }
    await sleep(100);
  }
  rmSync(serverFiles(dir).pid, { force: true });
  return how;
}

/** The last lines of the server's log, for error messages. */
export function logTail(dir: string, lines = 30): string {
  const { log } = serverFiles(dir);
  if (!existsSync(log)) return "(no log)";
  return readFileSync(log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/** Whether the server has logged its `ready:` line (printed once the password is set). */
export function serverSaidReady(dir: string): boolean {
  const { log } = serverFiles(dir);
  return existsSync(log) && /^ready: /m.test(readFileSync(log, "utf8"));
}
