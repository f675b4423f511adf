import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { PACKAGE_DIR } from "./settings";

export const INSTALL_HINT =
  "Install Java 17 and Maven, e.g. on Debian or Ubuntu: apt-get install openjdk-17-jdk-headless maven";

/** Thrown when Java or Maven is missing or too old: the message says what to install. */
export class MissingToolError extends Error {
  override name = "MissingToolError";
}

/** The full path of `command` on the PATH, or null. */
export function onPath(command: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const file = join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** The major version `java -version` reports, or null when it cannot run. */
export function javaMajorVersion(env: NodeJS.ProcessEnv = process.env): number | null {
  const run = spawnSync("java", ["-version"], { encoding: "utf8", env });
  if (run.error || run.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stdout}${run.stderr}`);
  if (!match) return null;
  // Java 8 and older report "1.8": the major is the second number.
  return match[1] === "1" ? Number(match[2]) : Number(match[1]);
}

/**
 * Checks, before anything is downloaded or started, that a JDK 17+ (java and javac) and Maven are
 * on the PATH. Fails at once with what to install.
 */
export function checkTools(env: NodeJS.ProcessEnv = process.env): void {
  const missing: string[] = [];
  const major = onPath("java", env) ? javaMajorVersion(env) : null;
  if (major === null) missing.push("java (JDK 17 or newer) is not on the PATH");
  else if (major < 17) missing.push(`java is version ${major}; Neo4j 5.26 needs 17 or newer`);
  if (!onPath("javac", env)) missing.push("javac is not on the PATH (a JDK is needed, not only a JRE)");
  if (!onPath("mvn", env)) missing.push("mvn (Maven) is not on the PATH");
  if (missing.length > 0)
    throw new MissingToolError(`Cannot start Neo4j: ${missing.join("; ")}. ${INSTALL_HINT}`);
}

const CLASSPATH_FILE = join(PACKAGE_DIR, "target", "classpath.txt");
const CLASSES_DIR = join(PACKAGE_DIR, "target", "classes");
const SOURCES = [join(PACKAGE_DIR, "pom.xml"), join(PACKAGE_DIR, "src/main/java/bpx/neo4j/Server.java")];

/** The java class path of the built server, or null when it must be (re)built. */
export function builtClasspath(): string | null {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(join(CLASSES_DIR, "bpx/neo4j/Server.class"))) return null;
  const built = statSync(CLASSPATH_FILE).mtimeMs;
  if (SOURCES.some((file) => statSync(file).mtimeMs > built)) return null;
  const jars = readFileSync(CLASSPATH_FILE, "utf8").trim().split(":");
  // A cleaned ~/.m2 leaves a class path of missing jars: build again, which downloads them.
  if (jars.some((jar) => !existsSync(jar))) return null;
  return [CLASSES_DIR, ...jars].join(":");
}

/** Prints Maven's downloads as a running count (one redrawn line on a terminal, every 25 elsewhere). */
function downloadReporter(out: NodeJS.WriteStream) {
  let files = 0;
  let bytes = 0;
  const units: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
  return {
    line(line: string) {
      const done = /Downloaded from \S+: (\S+) \(([\d.]+) (B|kB|MB|GB)/.exec(line);
      if (!done) return;
      files++;
      bytes += Number(done[2]) * (units[done[3] ?? "B"] ?? 1);
      const text = `maven: ${files} files, ${(bytes / 1e6).toFixed(1)} MB downloaded`;
      if (out.isTTY) out.write(`\r${text}`);
      else if (files % 25 === 0) out.write(`${text}\n`);
    },
    end() {
      if (files === 0) return;
      out.write(`${out.isTTY ? "\r" : ""}maven: ${files} files, ${(bytes / 1e6).toFixed(1)} MB downloaded\n`);
    },
  };
}

/**
 * Builds the server with Maven when needed (first start, or pom.xml / Server.java changed): compiles
 * the main class and writes the class path of Neo4j's jars, downloading them from Maven Central into
 * ~/.m2 the first time. Returns the class path.
 */
export async function ensureBuilt(out: NodeJS.WriteStream = process.stderr): Promise<string> {
  const ready = builtClasspath();
  if (ready) return ready;
  out.write(
    "maven: building the Neo4j server (the first time downloads up to about 150 MB from Maven Central)\n",
  );
  const started = Date.now();
  // Maven leaves an unchanged class path file untouched: remove it so its age marks this build.
  rmSync(CLASSPATH_FILE, { force: true });
  const reporter = downloadReporter(out);
  const tail: string[] = [];
  const code = await new Promise<number>((resolvePromise, reject) => {
    const child = spawn(
      "mvn",
      ["-B", "compile", "dependency:build-classpath", `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { cwd: PACKAGE_DIR, stdio: ["ignore", "pipe", "pipe"] },
    );
    let partial = "";
    const onData = (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        reporter.line(line);
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (status) => resolvePromise(status ?? 1));
  });
  reporter.end();
  if (code !== 0) {
    throw new Error(
      `maven build failed (exit ${code}); its last lines:\n${tail.join("\n")}\nIs Maven Central reachable (https://repo.maven.apache.org)?`,
    );
  }
  out.write(`maven: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const classpath = builtClasspath();
  if (!classpath) throw new Error(`maven finished but ${CLASSPATH_FILE} is missing or incomplete`);
  return classpath;
}
