export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
export type AccessMode = "READ" | "WRITE";
export type EngineName = "neo4j" | "embedded";

/** Runs statements inside one transaction. */
export interface TransactionRunner {
  run(query: string, params?: Params): Promise<Row[]>;
}

/**
 * The only thing the store knows about a database: run Cypher, get plain rows back. Each runner
 * converts its engine's value types (Neo4j Integers, bigints, node objects) in exactly one place.
 */
export interface CypherRunner {
  readonly engine: EngineName;
  /** Where the data lives, without credentials: a URI or a file path. */
  readonly location: string;
  run(query: string, params?: Params, mode?: AccessMode): Promise<Row[]>;
  /**
   * A bulk read whose rows go to `onRow` one at a time as the engine yields them, never all held
   * at once, and without the per-request time limit `run` carries (`queryTimeoutMs`): for work
   * bounded by the graph's size, not by a request (the knowledge snapshot). Optional: `eachRow`
   * falls back to `run` for a runner without it.
   */
  each?(query: string, params: Params, onRow: (row: Row) => void): Promise<void>;
  /**
   * Runs `work` in one write transaction: all of it commits, or none of it. The engine's errors
   * reject as StoreErrors; any other error `work` throws rolls back and rejects as itself.
   */
  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T>;
  /** Resolves when the database answers; rejects with STORE_UNAVAILABLE otherwise. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

/** Streams a read's rows through `runner.each` when the runner has it, else through `run`. */
export async function eachRow(
  runner: CypherRunner,
  query: string,
  params: Params,
  onRow: (row: Row) => void,
): Promise<void> {
  if (runner.each) return runner.each(query, params, onRow);
  for (const row of await runner.run(query, params)) onRow(row);
}
