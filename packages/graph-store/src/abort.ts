import { AsyncLocalStorage } from "node:async_hooks";
import { StoreError } from "./errors";
import type { CypherRunner, Params, Row } from "./runner";

/**
 * The signal of the request whose work is running now. The API enters it once per operation
 * (`runWithSignal`); every store call made on that operation's behalf, however deep, sees it
 * without each method taking a signal argument.
 */
const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` on behalf of a request: store queries it starts stop once `signal` aborts. */
export function runWithSignal<T>(signal: AbortSignal, work: () => T): T {
  return requestSignal.run(signal, work);
}

/**
 * Runs `work` on nobody's behalf: for work shared by every request (the search index, the
 * knowledge snapshot), which must not fail because the request that happened to start it went away.
 */
export function detached<T>(work: () => T): T {
  return requestSignal.exit(work);
}

/** The current request's signal, if any. */
export function currentSignal(): AbortSignal | undefined {
  return requestSignal.getStore();
}

/** The error a store call on behalf of an aborted request ends with: no outage, nothing to log. */
export function abortedError(signal: AbortSignal): StoreError {
  const reason = signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? "aborted");
  return new StoreError("ABORTED", `The request was abandoned (${reason}); its store work stopped.`);
}

function throwIfAborted(): void {
  const signal = currentSignal();
  if (signal?.aborted) throw abortedError(signal);
}

/**
 * The runner, checking before each query that its request is still wanted. A store method that
 * runs several queries (a neighbourhood walks level by level) stops between them once its client
 * has gone or timed out; a query already running is the engine's to stop (Neo4j: the runner closes
 * its session; Grafeo cannot be interrupted, so it runs to its end).
 */
export function abortableRunner(runner: CypherRunner): CypherRunner {
  const each = runner.each?.bind(runner);
  return {
    engine: runner.engine,
    location: runner.location,
    run(query, params, mode) {
      throwIfAborted();
      return runner.run(query, params, mode);
    },
    ...(each
      ? {
          each: (query: string, params: Params, onRow: (row: Row) => void) => {
            throwIfAborted();
            return each(query, params, onRow);
          },
        }
      : {}),
    transaction(work) {
      throwIfAborted();
      return runner.transaction((tx) =>
        work({
          run(query, params) {
            throwIfAborted();
            return tx.run(query, params);
          },
        }),
      );
    },
    verify: () => runner.verify(),
    close: () => runner.close(),
  };
}
