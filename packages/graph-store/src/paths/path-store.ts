import { randomUUID } from "node:crypto";
import type { TeachingPath, TeachingPathContent, TeachingPathStatus, TeachingStepContent } from "@bpx/domain";
import {
  COUNT_PATHS,
  CREATE_AUDIT,
  CREATE_PATH,
  CREATE_STEPS,
  DELETE_PATH,
  DELETE_STEPS,
  GET_PATHS,
  LIST_AUDIT,
  LIST_PATHS,
  LOCK_PATH,
  PATH_EXISTS,
  UPDATE_PATH,
} from "../queries-paths";
import type { CypherRunner, TransactionRunner } from "../runner";
import type { PathCursor } from "./cursor";
import { TeachingPathError } from "./errors";
import { toSearchText, toTeachingPath } from "./mapping";
import { assignStepIds, readPath } from "./transaction";

/** Who writes: a stable id (never the token) and the name shown. */
export interface Actor {
  id: string;
  name: string;
}

/** The writer of shipped (seeded) paths and their audit entries. */
export const SYSTEM_ACTOR: Actor = { id: "system", name: "system" };

/** How a write is recorded and who may make it. */
export interface WriteOptions {
  /** Recorded in the audit entry; the system when left out. */
  actor?: Actor;
  /** The audit entry's action ("update", "publish", ...). */
  action?: string;
  /** Sees the locked, current path before anything is written; throws to refuse (ownership). */
  guard?: (current: TeachingPath) => void;
}

export interface CreatePathInput {
  content: TeachingPathContent;
  author: string;
  /** Who may change it besides admins; the author when left out (as for paths stored before owners). */
  ownerId?: string;
  status?: TeachingPathStatus;
  /** Seeded paths keep their file's id; everything else gets a fresh one. */
  id?: string;
  actor?: Actor;
  /** "create" unless said ("import", "duplicate", "seed"). */
  action?: string;
}

/** One write to a path, as the audit log holds it. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  pathId: string;
  pathTitle: string;
  /** The version the write produced; 0 for a delete. */
  version: number;
}

/** What an update changes; fields left out keep their stored value. */
export interface PathChange extends Partial<Omit<TeachingPathContent, "steps">> {
  steps?: TeachingStepContent[];
  status?: TeachingPathStatus;
}

export interface ListPathsOptions {
  first: number;
  after?: PathCursor | null;
  status?: TeachingPathStatus | null;
  /** Matched case-insensitively against title and summary. */
  search?: string | null;
  includeDrafts: boolean;
}

export interface PathPage {
  paths: TeachingPath[];
  hasNextPage: boolean;
  totalCount: number;
}

type Clock = () => string;

/**
 * Teaching paths in the graph's own database. Every change is one transaction; updates and
 * deletes name the version they expect and are refused with CONFLICT when it is stale.
 */
export function createPathStore(runner: CypherRunner, clock: Clock = () => new Date().toISOString()) {
  /** Locks the path and checks its version; inside a transaction. */
  const lock = async (tx: TransactionRunner, id: string, expected: number) => {
    const [row] = await tx.run(LOCK_PATH, { id, now: clock() });
    if (!row) throw new TeachingPathError("NOT_FOUND", `No teaching path with id "${id}".`);
    const version = Number(row.version);
    if (version !== expected) {
      throw new TeachingPathError(
        "CONFLICT",
        `Teaching path "${id}" is at version ${version}, not ${expected}: it changed since you read it.`,
        { currentVersion: version },
      );
    }
  };

  /** The write's audit entry, in its transaction. */
  const audit = (
    tx: TransactionRunner,
    actor: Actor,
    action: string,
    path: { id: string; title: string },
    version: number,
  ) =>
    tx.run(CREATE_AUDIT, {
      auditId: randomUUID(),
      now: clock(),
      actorId: actor.id,
      actorName: actor.name,
      action,
      id: path.id,
      title: path.title,
      version,
    });

  const create = async (tx: TransactionRunner, input: CreatePathInput) => {
    const { content, author, ownerId = author, status = "draft" } = input;
    const id = input.id ?? randomUUID();
    const now = clock();
    await tx.run(CREATE_PATH, {
      id,
      title: content.title,
      summary: content.summary,
      audience: content.audience,
      author,
      ownerId,
      status,
      now,
      publishedAt: status === "published" ? now : null,
      searchText: toSearchText(content.title, content.summary),
    });
    const steps = assignStepIds(content.steps, new Set());
    if (steps.length > 0) await tx.run(CREATE_STEPS, { id, steps });
    const created = (await readPath(tx, id)) as TeachingPath;
    await audit(tx, input.actor ?? SYSTEM_ACTOR, input.action ?? "create", created, created.version);
    return created;
  };

  return {
    /** Paths by id, in the order asked; drafts only with `includeDrafts`. */
    async getMany(ids: readonly string[], { includeDrafts }: { includeDrafts: boolean }) {
      if (ids.length === 0) return [];
      const rows = await runner.run(GET_PATHS, { ids: [...ids], includeDrafts });
      const byId = new Map(rows.map(toTeachingPath).map((p) => [p.id, p]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    async list({ first, after = null, status = null, search = null, includeDrafts }: ListPathsOptions) {
      const filter = { status, search: search ? search.toLowerCase() : null, includeDrafts };
      const rows = await runner.run(LIST_PATHS, {
        ...filter,
        afterUpdatedAt: after?.updatedAt ?? null,
        afterId: after?.id ?? null,
        // A bigint reaches Neo4j as an Integer (LIMIT refuses the Float a JS number becomes).
        limit: BigInt(first + 1),
      });
      const paths = rows
        .map(toTeachingPath)
        .sort((a, b) =>
          a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1,
        );
      const [count] = await runner.run(COUNT_PATHS, filter);
      return {
        paths: paths.slice(0, first),
        hasNextPage: paths.length > first,
        totalCount: Number(count?.count ?? 0),
      } satisfies PathPage;
    },

    create: (input: CreatePathInput) => runner.transaction((tx) => create(tx, input)),

    /** Creates the path only when no path has its id (seeding never overwrites an educator's edits). */
    createIfAbsent: (input: CreatePathInput & { id: string }) =>
      runner.transaction(async (tx) => {
        if ((await tx.run(PATH_EXISTS, { id: input.id })).length > 0) return false;
        await create(tx, input);
        return true;
      }),

    /**
     * Applies `change` to the stored path if it is still at `expectedVersion`. `change` sees the
     * locked, current path (to check, say, that it can be published) and may throw to refuse.
     */
    update: (
      id: string,
      expectedVersion: number,
      change: (current: TeachingPath) => PathChange,
      options: WriteOptions = {},
    ) =>
      runner.transaction(async (tx) => {
        await lock(tx, id, expectedVersion);
        const current = (await readPath(tx, id)) as TeachingPath;
        // The guard and the change refuse by throwing: the transaction rolls back, the caller gets their error.
        options.guard?.(current);
        const next = change(current);
        const title = next.title ?? current.title;
        const summary = next.summary ?? current.summary;
        const status = next.status ?? current.status;
        const now = clock();
        const publishedAt =
          status === "draft" ? null : current.status === "published" ? current.publishedAt : now;
        await tx.run(UPDATE_PATH, {
          id,
          title,
          summary,
          audience: next.audience ?? current.audience,
          searchText: toSearchText(title, summary),
          status,
          publishedAt,
          now,
        });
        if (next.steps) {
          const steps = assignStepIds(next.steps, new Set(current.steps.map((s) => s.id)));
          await tx.run(DELETE_STEPS, { id });
          if (steps.length > 0) await tx.run(CREATE_STEPS, { id, steps });
        }
        const updated = (await readPath(tx, id)) as TeachingPath;
        await audit(tx, options.actor ?? SYSTEM_ACTOR, options.action ?? "update", updated, updated.version);
        return updated;
      }),

    delete: (id: string, expectedVersion: number, options: WriteOptions = {}) =>
      runner.transaction(async (tx) => {
        await lock(tx, id, expectedVersion);
        const current = (await readPath(tx, id)) as TeachingPath;
        options.guard?.(current);
        await tx.run(DELETE_STEPS, { id });
        await tx.run(DELETE_PATH, { id });
        await audit(tx, options.actor ?? SYSTEM_ACTOR, options.action ?? "delete", current, 0);
      }),

    /** The newest audit entries first (at most `first`), optionally for one path. */
    async audit({ first, pathId = null }: { first: number; pathId?: string | null }): Promise<AuditEntry[]> {
      const rows = await runner.run(LIST_AUDIT, { pathId, limit: BigInt(first) });
      return rows.map((row) => {
        const e = (row.entry ?? {}) as Record<string, unknown>;
        const text = (v: unknown) => (typeof v === "string" ? v : "");
        return {
          id: text(e.id),
          at: text(e.at),
          actorId: text(e.actorId),
          actorName: text(e.actorName),
          action: text(e.action),
          pathId: text(e.pathId),
          pathTitle: text(e.pathTitle),
          version: Number(e.version ?? 0),
        };
      });
    },
  };
}

export type PathStore = ReturnType<typeof createPathStore>;
