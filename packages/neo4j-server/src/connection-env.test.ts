import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnvFile, readConnection, writeConnection } from "./connection-env";

const tempFile = async () => join(await mkdtemp(join(tmpdir(), "bpx-neo4j-env-")), "connection.env");

describe("connection.env", () => {
  it("parses KEY=VALUE lines, skipping comments and blanks, keeping = inside values", () => {
    expect(parseEnvFile("# c\n\nA=1\n B = two \nC=x=y\nnot a pair\n")).toEqual({
      A: "1",
      B: "two",
      C: "x=y",
    });
  });

  it("writes URI, user and a generated password, readable only by its owner", async () => {
    const file = await tempFile();
    const written = writeConnection(file, "127.0.0.1", 7687);
    expect(written.NEO4J_URI).toBe("bolt://127.0.0.1:7687");
    expect(written.NEO4J_USER).toBe("neo4j");
    expect(written.NEO4J_PASSWORD).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(readConnection(file)).toEqual(written);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, "utf8")).toContain("set -a; .");
  });

  it("keeps the password of an earlier start; the URI follows the port", async () => {
    const file = await tempFile();
    const first = writeConnection(file, "127.0.0.1", 7687);
    const second = writeConnection(file, "127.0.0.1", 7700);
    expect(second.NEO4J_PASSWORD).toBe(first.NEO4J_PASSWORD);
    expect(second.NEO4J_URI).toBe("bolt://127.0.0.1:7700");
  });

  it("generates a different password for each new server", async () => {
    const [a, b] = [writeConnection(await tempFile(), "h", 1), writeConnection(await tempFile(), "h", 1)];
    expect(a.NEO4J_PASSWORD).not.toBe(b.NEO4J_PASSWORD);
  });

  it("has no connection without a file or without a password", async () => {
    const file = await tempFile();
    expect(readConnection(file)).toBeNull();
    await writeFile(file, "NEO4J_URI=bolt://x:1\n");
    expect(readConnection(file)).toBeNull();
  });
});
