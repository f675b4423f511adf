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
  /**
   * When a file database checkpoints its write-ahead log into the main file by itself, besides
   * the checkpoint of a clean close: `null` turns it off. Without it a long-running API's WAL
   * only grows, and a crash replays all of it at the next start.
   */
  checkpoint?: CheckpointTriggers | null;
}

/** Every 5 minutes, and whenever the WAL has grown by 16 MiB since the last checkpoint. */
export const DEFAULT_CHECKPOINT: CheckpointTriggers = { intervalMs: 300_000, walBytes: 16 * 1024 * 1024 };

type CheckpointTriggers = Parameters<Database["setCheckpointTriggers"]>[0];
export type CheckpointStatus = ReturnType<Database["checkpointStatus"]>;

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

const DISK_FULL = /ENOSPC|no space left on device|disk (is )?full/i;

/** An error of the system under the engine (a full disk, an I/O error): never the caller's own. */
const isSystemError = (error: unknown) =>
  error instanceof Error &&
  (DISK_FULL.test(error.message) || /^E[A-Z]+$/.test(String((error as { code?: unknown }).code)));

/**
 * Grafeo's errors as store errors: a full disk is STORE_UNAVAILABLE saying so (the API answers it
 * as such, and nothing half-written is acknowledged); anything else a QUERY error.
 */
export function toStoreError(error: unknown, path?: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (DISK_FULL.test(message)) {
    return new StoreError(
      "STORE_UNAVAILABLE",
      `The disk under the embedded graph${path ? ` (${path})` : ""} is full: nothing was written. Free some space; the store recovers by itself. (${message})`,
      { cause: error },
    );
  }
  return new StoreError("QUERY", message, { cause: error });
}

/**
 * A runner on Grafeo, in-process. Grafeo has one writer at a time, so writes are queued here;
 * every write is in the write-ahead log before the call resolves.
 */
export function createEmbeddedRunner({
  path,
  checkpoint = DEFAULT_CHECKPOINT,
}: EmbeddedRunnerOptions = {}): CypherRunner & { checkpointStatus(): CheckpointStatus | null } {
  let db: Database | undefined = open(path);
  // Grafeo refuses triggers on a database in memory: only a file has a WAL to checkpoint.
  if (path && checkpoint) db.setCheckpointTriggers(checkpoint);
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
  const wrap = (error: unknown): StoreError => toStoreError(error, path);

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
    /** Grafeo answers whole, in-process: rows are converted and handed on one at a time. */
    async each(query: string, params: Params, onRow: (row: Row) => void) {
      let result: Awaited<ReturnType<Database["executeCypher"]>>;
      try {
        result = await live().executeCypher(query, params);
      } catch (error) {
        throw wrap(error);
      }
      const length = result.length;
      for (let i = 0; i < length; i++) onRow(toPlain(result.get(i)) as Row);
    },
    /**
     * Grafeo's errors (and the system's) leave as StoreErrors; anything else `work` throws is the
     * caller's own (a refused write) and reaches it as the same object. Either way nothing commits.
     */
    transaction(work) {
      return queued(async () => {
        const tx = live().beginTransaction();
        const fromEngine = new WeakSet<object>();
        const engine = async <T>(call: () => Promise<T> | T): Promise<T> => {
          try {
            return await call();
          } catch (error) {
            if (typeof error === "object" && error !== null) fromEngine.add(error);
            throw error;
          }
        };
        const runner: TransactionRunner = {
          run: async (query, params = {}) => toRows(await engine(() => tx.executeCypher(query, params))),
        };
        try {
          const result = await work(runner);
          await engine(() => tx.commit());
          return result;
        } catch (error) {
          // A rollback that fails too (a full disk) must not hide why the write failed.
          try {
            if (tx.isActive) tx.rollback();
          } catch {
            // The first error says why; Grafeo discards the uncommitted transaction either way.
          }
          const engineError =
            error instanceof StoreError ||
            isSystemError(error) ||
            (typeof error === "object" && error !== null && fromEngine.has(error));
          throw engineError ? wrap(error) : error;
        }
      });
    },
    async verify() {
      await live().executeCypher("RETURN 1 AS ok");
    },
    /** The automatic checkpoints' state (null in memory or once closed). */
    checkpointStatus() {
      return path && db ? db.checkpointStatus() : null;
    },
    async close() {
      await writes;
      db?.close();
      db = undefined;
    },
  };
}
