import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConnection } from "./connection-env";
import { startNeo4j, statusNeo4j } from "./launcher";
import { PACKAGE_DIR, serverFiles, testServerSettings } from "./settings";

/** Against the test server `scripts/test-all.mjs` started (NEO4J_TEST_* variables). */
const settings = testServerSettings();
const pinned = /<neo4j\.version>([^<]+)</.exec(readFileSync(`${PACKAGE_DIR}pom.xml`, "utf8"))?.[1];

describe.skipIf(settings === null)("the launcher, against the running test server", () => {
  it("status: the pinned Neo4j answers over Bolt 5 with the password in connection.env", async () => {
    if (!settings) throw new Error("unreachable");
    const status = await statusNeo4j(settings);
    expect(status.pid).toBeGreaterThan(0);
    expect(status.answer?.agent).toBe(`Neo4j/${pinned}`);
    expect(status.answer?.protocol).toMatch(/^5\.\d+$/);
    expect(status.connection?.NEO4J_URI).toBe(`bolt://127.0.0.1:${settings.port}`);
  });

  it("start again is harmless: the same process and password, at once", async () => {
    if (!settings) throw new Error("unreachable");
    const before = readConnection(serverFiles(settings.dir).connection);
    const status = await statusNeo4j(settings);
    const again = await startNeo4j(settings);
    expect(again.state).toBe("already-running");
    expect(again.pid).toBe(status.pid);
    expect(again.connection).toEqual(before);
    expect(again.ms).toBeLessThan(5000);
  });

  it("the server's own process holds at most the heap it was given plus the page cache and overhead", async () => {
    if (!settings) throw new Error("unreachable");
    const { pid } = await statusNeo4j(settings);
    const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    expect(cmdline).toContain(`-Xmx${settings.heapMb}m`);
    // Heap + page cache + about 600 MiB of JVM, Netty and Lucene overhead.
    expect(rssKb / 1024).toBeLessThan(settings.heapMb + settings.pageCacheMb + 600);
  });
});
