import { describe, expect, it } from "vitest";
import { REPO_ROOT, settingsFromEnv, shownPath, testServerSettings } from "./settings";

describe("server settings from the environment", () => {
  it("defaults: data/neo4j, 127.0.0.1:7687, 1 GiB heap, 512 MiB page cache, 180 s", () => {
    expect(settingsFromEnv({})).toEqual({
      dir: `${REPO_ROOT}data/neo4j`,
      host: "127.0.0.1",
      port: 7687,
      heapMb: 1024,
      pageCacheMb: 512,
      startTimeoutMs: 180_000,
    });
  });

  it.each([
    [{ NEO4J_BOLT_PORT: "7999" }, { port: 7999 }],
    [
      { NEO4J_HEAP: "2g", NEO4J_PAGECACHE: "256M" },
      { heapMb: 2048, pageCacheMb: 256 },
    ],
    [{ NEO4J_DATA_DIR: "/tmp/x" }, { dir: "/tmp/x" }],
    [
      { NEO4J_DATA_DIR: "data/other", NEO4J_BOLT_PORT: "" },
      { dir: `${REPO_ROOT}data/other`, port: 7687 },
    ],
  ])("%o -> %o", (env, expected) => {
    expect(settingsFromEnv(env)).toMatchObject(expected);
  });

  it.each([
    [{ NEO4J_BOLT_PORT: "70000" }, "NEO4J_BOLT_PORT"],
    [{ NEO4J_BOLT_PORT: "x" }, "NEO4J_BOLT_PORT"],
    [{ NEO4J_HEAP: "lots" }, "NEO4J_HEAP must be a size like 512m or 2g"],
    [{ NEO4J_START_TIMEOUT: "1" }, "NEO4J_START_TIMEOUT"],
  ])("refuses %o, naming the variable", (env, message) => {
    expect(() => settingsFromEnv(env)).toThrow(message);
  });

  it("reads the test server's settings from NEO4J_TEST_*, or none without a folder", () => {
    expect(testServerSettings({})).toBeNull();
    expect(
      testServerSettings({
        NEO4J_TEST_DATA_DIR: "data/neo4j-test",
        NEO4J_TEST_BOLT_PORT: "7688",
        NEO4J_TEST_HEAP: "1g",
      }),
    ).toMatchObject({ dir: `${REPO_ROOT}data/neo4j-test`, port: 7688, heapMb: 1024 });
  });

  it.each([
    [`${REPO_ROOT}data/neo4j/connection.env`, "data/neo4j/connection.env"],
    ["/tmp/elsewhere/connection.env", "/tmp/elsewhere/connection.env"],
  ])("shows %s as %s", (path, shown) => {
    expect(shownPath(path)).toBe(shown);
  });
});
