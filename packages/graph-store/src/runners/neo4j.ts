import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  isNode,
  isRelationship,
  Neo4jError,
  type Session,
  type SessionMode,
} from "neo4j-driver";
import { abortedError, currentSignal } from "../abort";
import { StoreError } from "../errors";
import type { AccessMode, CypherRunner, Params, Row, TransactionRunner } from "../runner";

export interface Neo4jRunnerOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /**
   * How long the driver keeps retrying a transient failure before giving up. Its first retry waits
   * about a second and the next two more, so 500 ms means one retry: a stopped server fails a call
   * in about a second, well within the 3 s the API promises for STORE_UNAVAILABLE.
   */
  maxTransactionRetryTimeMs?: number;
  connectionTimeoutMs?: number;
  /**
   * After the database was found unavailable, calls fail at once for this long instead of each
   * waiting on the driver (a circuit breaker); the first call after it tries the database again.
   */
  failFastMs?: number;
  /**
   * The server stops a query or transaction that runs longer than this (Neo4j's transaction
   * timeout), so work whose request already timed out does not run on: the API passes its own
   * time limit, `GRAPHQL_TIMEOUT_MS`. The error is a QUERY error, never an outage. Unset (the
   * loader, benchmarks): no limit, as a 2M-relationship load has statements that take minutes.
   */
  queryTimeoutMs?: number;
  /**
   * The time limit of a bulk read (`each`: the knowledge snapshot's reads, which scale with the
   * graph, not with a request). Default 10 minutes; 0: no limit.
   */
  bulkQueryTimeoutMs?: number;
}

/** Ten minutes: a Hetionet-size snapshot reads in well under one. */
export const DEFAULT_BULK_QUERY_TIMEOUT_MS = 600_000;

/** Neo4j's codes for a transaction it stopped on its time limit. */
const TIMED_OUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/** Converts driver values to plain JSON-like values: the one place Neo4j types are handled. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/**
 * neo4j-driver sends every JavaScript number as a Cypher Float, and Neo4j refuses a Float where an
 * integer is required (LIMIT, SKIP, range bounds). Whole numbers go out as Integers instead.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** Translates driver errors where the code meets the database. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string }).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  // Checked first: its message says "timed out", which is not the server being down.
  if (TIMED_OUT_CODES.has(code)) {
    return new StoreError("QUERY", `Neo4j stopped the query at its time limit: ${message}`, { cause: error });
  }
  if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED|ENOTFOUND|timed out/i.test(message)) {
    return new StoreError("STORE_UNAVAILABLE", `Neo4j is unavailable: ${message}`, { cause: error });
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new StoreError("CONSTRAINT", message, { cause: error });
  }
  return new StoreError("QUERY", message, { cause: error });
}

/**
 * True for an error of the driver, the server or the system under them; anything else thrown
 * inside a transaction is the caller's own (a refused write) and is not the store's to translate.
 */
function isEngineError(error: unknown): boolean {
  if (error instanceof Neo4jError || error instanceof StoreError) return true;
  return error instanceof Error && /^E[A-Z]+$/.test(String((error as { code?: unknown }).code));
}

/**
 * Fails fast while the database is known to be down: after a STORE_UNAVAILABLE, calls within
 * `windowMs` are refused at once; the first call after the window tries the database again, and a
 * success closes the breaker. Engine errors leave here as StoreErrors; a caller's own error from
 * inside a transaction (rolled back by the driver) passes through as it is.
 */
function createBreaker(windowMs: number) {
  let openUntil = 0;
  let lastReason = "";
  return {
    async call<T>(work: () => Promise<T>): Promise<T> {
      if (Date.now() < openUntil) {
        throw new StoreError("STORE_UNAVAILABLE", `Neo4j is unavailable (failing fast): ${lastReason}`);
      }
      const signal = currentSignal();
      try {
        const result = await work();
        openUntil = 0;
        return result;
      } catch (error) {
        // A query stopped because its request went away says nothing about the server.
        if (signal?.aborted) throw abortedError(signal);
        if (!isEngineError(error)) throw error;
        const storeError = toStoreError(error);
        if (storeError.code === "STORE_UNAVAILABLE") {
          openUntil = Date.now() + windowMs;
          lastReason = storeError.message;
        }
        throw storeError;
      }
    },
  };
}

function toRows(records: { toObject(): Record<string, unknown> }[]): Row[] {
  return records.map((record) => toPlain(record.toObject()) as Row);
}

/** A runner on neo4j-driver: single instances (`bolt://`) and clusters or Aura (`neo4j://`, `neo4j+s://`). */
export function createNeo4jRunner({
  uri,
  user,
  password,
  database,
  maxTransactionRetryTimeMs = 500,
  connectionTimeoutMs = 3000,
  failFastMs = 1000,
  queryTimeoutMs,
  bulkQueryTimeoutMs = DEFAULT_BULK_QUERY_TIMEOUT_MS,
}: Neo4jRunnerOptions): CypherRunner {
  const timeout = queryTimeoutMs === undefined ? {} : { timeout: queryTimeoutMs };
  const bulkTimeout = bulkQueryTimeoutMs > 0 ? { timeout: bulkQueryTimeoutMs } : {};
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: maxTransactionRetryTimeMs,
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: connectionTimeoutMs + 2000,
    disableLosslessIntegers: false,
  });
  const db = database ? { database } : {};
  const breaker = createBreaker(failFastMs);

  /**
   * Runs `work` on a session of its own, through the breaker; once the request's signal aborts the
   * session is closed (the driver cancels its query, rolls back its transaction).
   */
  const inSession = <T>(mode: SessionMode, work: (session: Session) => Promise<T>): Promise<T> =>
    breaker.call(async () => {
      const session = driver.session({ ...db, defaultAccessMode: mode });
      const signal = currentSignal();
      const closeSession = () => void session.close();
      signal?.addEventListener("abort", closeSession, { once: true });
      try {
        return await work(session);
      } finally {
        signal?.removeEventListener("abort", closeSession);
        await session.close();
      }
    });

  return {
    engine: "neo4j",
    location: uri,
    run: (query: string, params: Params = {}, mode: AccessMode = "READ") =>
      breaker.call(async () => {
        // The request's signal: once it aborts, the driver cancels the query and resets the
        // transaction, so the server stops work nobody waits for.
        const signal = currentSignal();
        const result = await driver.executeQuery(query, toNeo4jParams(params) as Params, {
          ...db,
          routing: mode === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
          transactionConfig: timeout,
          ...(signal ? { signal } : {}),
        });
        return toRows(result.records);
      }),
    each: (query, params, onRow) =>
      // A session of its own, so records arrive in the driver's fetch-size batches and each is
      // handed on and dropped, instead of executeQuery's whole result in memory at once.
      inSession(
        neo4j.session.READ,
        (session) =>
          new Promise<void>((resolve, reject) => {
            let failed = false;
            session.run(query, toNeo4jParams(params) as Params, bulkTimeout).subscribe({
              onNext(record) {
                if (failed) return;
                try {
                  onRow(toPlain(record.toObject()) as Row);
                } catch (error) {
                  // The caller's own error: stop reading and hand it back as it is.
                  failed = true;
                  reject(error);
                  void session.close();
                }
              },
              onCompleted: () => resolve(),
              onError: (error) => {
                if (!failed) reject(error);
              },
            });
          }),
      ),
    transaction: (work) =>
      // Closing the session rolls back the transaction a gone request left open, and stops its query.
      inSession(neo4j.session.WRITE, (session) =>
        session.executeWrite((tx) => {
          const runner: TransactionRunner = {
            run: async (query, params = {}) =>
              toRows((await tx.run(query, toNeo4jParams(params) as Params)).records),
          };
          return work(runner);
        }, timeout),
      ),
    async verify() {
      try {
        await driver.verifyConnectivity(db);
      } catch (error) {
        throw toStoreError(error);
      }
    },
    async close() {
      await driver.close();
    },
  };
}
