import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTools, INSTALL_HINT, MissingToolError } from "./maven";

/** A folder of fake tools: `java` prints the given version banner, the others just exist. */
async function fakeTools(tools: { java?: string; javac?: boolean; mvn?: boolean }) {
  const dir = await mkdtemp(join(tmpdir(), "bpx-tools-"));
  const write = async (name: string, body: string) => {
    await writeFile(join(dir, name), `#!/bin/sh\n${body}\n`);
    await chmod(join(dir, name), 0o755);
  };
  if (tools.java) await write("java", `echo '${tools.java}' >&2`);
  if (tools.javac) await write("javac", "exit 0");
  if (tools.mvn) await write("mvn", "exit 0");
  return { PATH: dir };
}

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15';

describe("checking for Java and Maven before anything starts", () => {
  it("passes with a JDK 17 and Maven", async () => {
    expect(() => checkTools({ PATH: process.env.PATH })).not.toThrow();
    const fake = await fakeTools({ java: JAVA_17, javac: true, mvn: true });
    expect(() => checkTools(fake)).not.toThrow();
  });

  it.each([
    ["nothing installed", {}, ["java (JDK 17 or newer) is not on the PATH", "javac", "mvn (Maven)"]],
    ["a JRE only", { java: JAVA_17, mvn: true }, ["javac is not on the PATH"]],
    ["no Maven", { java: JAVA_17, javac: true }, ["mvn (Maven) is not on the PATH"]],
    ["Java 11", { java: 'openjdk version "11.0.2"', javac: true, mvn: true }, ["java is version 11"]],
    ["Java 8", { java: 'java version "1.8.0_392"', javac: true, mvn: true }, ["java is version 8"]],
  ])("%s: fails at once, saying what to install", async (_name, tools, problems) => {
    const env = await fakeTools(tools);
    const started = Date.now();
    let thrown: unknown;
    try {
      checkTools(env);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MissingToolError);
    const message = (thrown as Error).message;
    for (const p of problems) expect(message).toContain(p);
    expect(message).toContain(INSTALL_HINT);
    expect(message).toContain("apt-get install openjdk-17-jdk-headless maven");
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
