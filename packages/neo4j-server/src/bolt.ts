import { createConnection } from "node:net";
import neo4j from "neo4j-driver";
import type { Connection } from "./connection-env";

/** What the server said when it answered over Bolt. */
export interface BoltAnswer {
  /** e.g. `Neo4j/5.26.30` */
  agent: string;
  /** The Bolt protocol version neo4j-driver negotiated, e.g. `5.8`. */
  protocol: string;
}

/** Whether anything accepts TCP connections on host:port (a port another program holds, say). */
export function portInUse(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** One Bolt handshake and login with neo4j-driver; throws when the server does not answer. */
export async function askBolt(connection: Connection, timeoutMs = 2000): Promise<BoltAnswer> {
  const driver = neo4j.driver(
    connection.NEO4J_URI,
    neo4j.auth.basic(connection.NEO4J_USER, connection.NEO4J_PASSWORD),
    { connectionTimeout: timeoutMs, maxConnectionPoolSize: 1 },
  );
  try {
    const info = await driver.getServerInfo();
    const version = info.protocolVersion;
    return {
      agent: info.agent ?? "unknown",
      // toString, not getMinor(): neo4j-driver-core 6.3.0's getMinor() returns the major version.
      protocol: version ? version.toString() : "unknown",
    };
  } finally {
    await driver.close();
  }
}

/**
 * Polls Bolt until the server answers a login, the deadline passes, or `alive()` says the process
 * is gone (then there is no point waiting). Bolt opens before the password is set, so a refused
 * login counts as final only once `passwordSet()` says the server has set it.
 */
export async function waitForBolt(
  connection: Connection,
  {
    timeoutMs,
    alive,
    passwordSet = () => true,
  }: { timeoutMs: number; alive: () => boolean; passwordSet?: () => boolean },
): Promise<BoltAnswer> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error("the Neo4j process exited before Bolt answered");
    try {
      return await askBolt(connection);
    } catch (error) {
      last = error;
      const refused = (error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized";
      if (refused && passwordSet()) throw error;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Bolt did not answer within ${timeoutMs / 1000} s: ${last instanceof Error ? last.message : String(last)}`,
  );
}
