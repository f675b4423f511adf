import { detached } from "../abort";
import { StoreError } from "../errors";
import { GET_META } from "../queries";
import type { CypherRunner } from "../runner";
import { buildKnowledgeSnapshot, type KnowledgeSnapshot } from "./knowledge-snapshot";

/**
 * How often, at most, the graph's load stamp is read to see whether another process reloaded the
 * store (`pnpm graph:load` on a shared Neo4j). A load through this store is seen at once.
 */
export const DEFAULT_SNAPSHOT_CHECK_MS = 1000;

export interface SnapshotHolderOptions {
  /** Milliseconds between stamp checks; 0 checks on every call. */
  checkMs?: number;
  /** Called with each snapshot built, for logs. */
  onBuilt?: (snapshot: KnowledgeSnapshot) => void;
  /**
   * Called after each of a build's bulk reads. The API passes a garbage collection (`releaseMemory`
   * in apps/api): each read of a Hetionet-size graph leaves tens of megabytes of driver rows behind,
   * and without a collection between them the heap grew to hold all of it (an API on Neo4j peaked at
   * 550-600 MB resident; with it, about 410 MB).
   */
  afterRead?: () => void;
}

/**
 * A failed build as the requests waiting on it see it: the store could not give the knowledge a
 * differential needs (a Neo4j that went away, a bulk read stopped at its time limit), which is
 * not the request's fault, so STORE_UNAVAILABLE ("try again shortly"), never an unexpected error.
 * The cause is kept for the log; the next call builds again.
 */
function notBuilt(error: unknown): StoreError {
  if (error instanceof StoreError && error.code === "STORE_UNAVAILABLE") return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError(
    "STORE_UNAVAILABLE",
    `The knowledge snapshot could not be read from the store (${reason}); the next request tries again.`,
    { cause: error },
  );
}

/**
 * Holds the current knowledge snapshot and replaces it when the graph's load stamp changes: the
 * new one is built aside and swapped in whole, so a differential reads either the old graph or
 * the new one, never a mix. Concurrent callers share one stamp check and one build.
 *
 * Staleness: a load through this store invalidates at once, and callers wait for the new
 * snapshot. A reload by another process (`pnpm graph:load` on a shared Neo4j) is seen at the first
 * call after `checkMs` has passed since the last check; the new snapshot is then built aside while
 * callers go on reading the previous one, and swapped in whole once built (a rebuild takes seconds
 * to a minute on a graph of millions of relationships: no differential waits for it, and `/ready`
 * does not drop out). A build that fails keeps the previous snapshot in service and is tried again
 * at the next check. Teaching-path writes do not touch the stamp or anything the snapshot holds.
 */
interface Entry {
  stamp: string;
  snapshot: Promise<KnowledgeSnapshot>;
  built: boolean;
}

export function createSnapshotHolder(runner: CypherRunner, options: SnapshotHolderOptions = {}) {
  const checkMs = options.checkMs ?? DEFAULT_SNAPSHOT_CHECK_MS;
  let current: Entry | null = null;
  /** The newest snapshot built, served while a newer one builds after another process's reload. */
  let serving: KnowledgeSnapshot | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<KnowledgeSnapshot> | null = null;
  /** Bumped by `invalidate`: a check begun before a load must not install what it read. */
  let generation = 0;

  async function readStamp(): Promise<string> {
    const [row] = await runner.run(GET_META);
    return row ? `${String(row.contentHash)}@${String(row.loadedAt)}` : "unloaded";
  }

  function build(stamp: string): Entry {
    const snapshot = buildKnowledgeSnapshot(runner, stamp, { afterRead: options.afterRead }).catch(
      (error: unknown) => {
        throw notBuilt(error);
      },
    );
    const entry: Entry = { stamp, snapshot, built: false };
    current = entry;
    snapshot.then(
      (built) => {
        entry.built = true;
        if (current === entry) serving = built;
        options.onBuilt?.(built);
      },
      () => {
        // A failed build (the store went away) is not kept: the next call tries again.
        if (current === entry) current = null;
      },
    );
    return entry;
  }

  /** The entry's snapshot once built; until then the previous one, if a reload allows it. */
  function servable(entry: Entry): Promise<KnowledgeSnapshot> {
    return !entry.built && serving ? Promise.resolve(serving) : entry.snapshot;
  }

  async function check(): Promise<KnowledgeSnapshot> {
    const started = generation;
    const stamp = await readStamp();
    if (started !== generation) return get();
    checkedAt = performance.now();
    if (current?.stamp === stamp) return servable(current);
    return servable(build(stamp));
  }

  /** The snapshot for the graph as loaded now (within `checkMs`). */
  function get(): Promise<KnowledgeSnapshot> {
    if (current && performance.now() - checkedAt < checkMs) return servable(current);
    if (!checking) {
      // Shared by every caller: not tied to the request that happened to ask first.
      const pending = detached(check);
      checking = pending;
      const clear = () => {
        if (checking === pending) checking = null;
      };
      pending.then(clear, clear);
    }
    return checking;
  }

  return {
    get,

    /** Forgets the snapshot after a load through this store: the next call reads the stamp again. */
    invalidate(): void {
      generation++;
      current = null;
      // The graph was loaded through this store: its callers must read what they loaded.
      serving = null;
      checking = null;
      checkedAt = Number.NEGATIVE_INFINITY;
    },
  };
}

export type SnapshotHolder = ReturnType<typeof createSnapshotHolder>;
