import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { shownPath } from "./settings";

/** What a client needs to reach the server: the lines of `connection.env`. */
export interface Connection {
  NEO4J_URI: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
}

/** Parses `KEY=VALUE` lines; blank lines and `#` comments are skipped, nothing is expanded. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const eq = trimmed.indexOf("=");
    if (eq <= 0) continue;
    out[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1).trim();
  }
  return out;
}

/** The connection file's content, or null when there is none (or it lacks a password). */
export function readConnection(file: string): Connection | null {
  if (!existsSync(file)) return null;
  const env = parseEnvFile(readFileSync(file, "utf8"));
  if (!env.NEO4J_PASSWORD) return null;
  return {
    NEO4J_URI: env.NEO4J_URI ?? "",
    NEO4J_USER: env.NEO4J_USER || "neo4j",
    NEO4J_PASSWORD: env.NEO4J_PASSWORD,
  };
}

/** A new password: 24 characters of base64url, safe unquoted in a shell and in a URI. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Writes the connection file (owner-only: it holds the password). The password of an earlier start
 * is kept, so clients configured with it keep working; only the URI follows the port.
 */
export function writeConnection(file: string, host: string, port: number): Connection {
  const previous = readConnection(file);
  const connection: Connection = {
    NEO4J_URI: `bolt://${host}:${port}`,
    NEO4J_USER: "neo4j",
    NEO4J_PASSWORD: previous?.NEO4J_PASSWORD ?? generatePassword(),
  };
  const text = [
    "# Written by `pnpm neo4j:start` (packages/neo4j-server). Load it into a shell with:",
    `#   set -a; . ${shownPath(file)}; set +a`,
    ...Object.entries(connection).map(([k, v]) => `${k}=${v}`),
    "",
  ].join("\n");
  writeFileSync(file, text, { mode: 0o600 });
  return connection;
}
