import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import grafeo from "@grafeo-db/js";
import { StoreError } from "../errors";
import type { CypherRunner, Params, Row, TransactionRunner } from "../runner";

const { GrafeoDB } = grafeo;
type Database = ReturnType<typeof GrafeoDB.create>;

export interface EmbeddedRunnerOptions {
  /** The database file; omit for an in-memory database (tests). */
  path?: string | undefined;
}

/** Converts Grafeo values to plain values: the one place its types are handled. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    // Nodes and edges arrive as objects with `_id`, `_labels`, `_type`: keep their properties only.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !key.startsWith("_"))
        .map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

function toRows(result: { toArray(): unknown[] }): Row[] {
  return result.toArray().map((row) => toPlain(row) as Row);
}

function open(path: string | undefined): Database {
  if (!path) return GrafeoDB.create();
  try {
    mkdirSync(dirname(path), { recursive: true });
    return existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      "STORE_UNAVAILABLE",
      `Cannot open the embedded graph at ${path}: ${reason}. Is another process (the API, a loader) using it?`,
      { cause: error },
    );
  }
}

/**
 * A runner on Grafeo, in-process. Grafeo has one writer at a time, so writes are queued here;
 * every write is in the write-ahead log before the call resolves.
 */
export function createEmbeddedRunner({ path }: EmbeddedRunnerOptions = {}): CypherRunner {
  let db: Database | undefined = open(path);
  let writes: Promise<unknown> = Promise.resolve();

  const live = (): Database => {
    if (!db) throw new StoreError("STORE_UNAVAILABLE", "The embedded graph is closed.");
    return db;
  };
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const next = writes.then(task, task);
    writes = next.catch(() => undefined);
    return next;
  };
  const wrap = (error: unknown): StoreError =>
    error instanceof StoreError
      ? error
      : new StoreError("QUERY", error instanceof Error ? error.message : String(error), { cause: error });

  return {
    engine: "embedded",
    location: path ?? ":memory:",
    async run(query: string, params: Params = {}, mode = "READ") {
      const exec = async () => toRows(await live().executeCypher(query, params));
      try {
        return mode === "WRITE" ? await queued(exec) : await exec();
      } catch (error) {
        throw wrap(error);
      }
    },
    transaction(work) {
      return queued(async () => {
        const tx = live().beginTransaction();
        const runner: TransactionRunner = {
          run: async (query, params = {}) => toRows(await tx.executeCypher(query, params)),
        };
        try {
          const result = await work(runner);
          tx.commit();
          return result;
        } catch (error) {
          if (tx.isActive) tx.rollback();
          throw wrap(error);
        }
      });
    },
    async verify() {
      await live().executeCypher("RETURN 1 AS ok");
    },
    async close() {
      await writes;
      db?.close();
      db = undefined;
    },
  };
}
