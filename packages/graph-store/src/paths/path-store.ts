import { randomUUID } from "node:crypto";
import type { TeachingPath, TeachingPathContent, TeachingPathStatus, TeachingStepContent } from "@bpx/domain";
import {
  COUNT_PATHS,
  CREATE_PATH,
  CREATE_STEPS,
  DELETE_PATH,
  DELETE_STEPS,
  GET_PATHS,
  LIST_PATHS,
  LOCK_PATH,
  PATH_EXISTS,
  UPDATE_PATH,
} from "../queries-paths";
import type { CypherRunner, TransactionRunner } from "../runner";
import type { PathCursor } from "./cursor";
import { TeachingPathError } from "./errors";
import { toSearchText, toTeachingPath } from "./mapping";
import { assignStepIds, inTransaction, type Refuse, readPath } from "./transaction";

export interface CreatePathInput {
  content: TeachingPathContent;
  author: string;
  status?: TeachingPathStatus;
  /** Seeded paths keep their file's id; everything else gets a fresh one. */
  id?: string;
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
  const lock = async (tx: TransactionRunner, id: string, expected: number, refuse: Refuse) => {
    const [row] = await tx.run(LOCK_PATH, { id, now: clock() });
    if (!row) refuse(new TeachingPathError("NOT_FOUND", `No teaching path with id "${id}".`));
    const version = Number(row?.version);
    if (version !== expected) {
      refuse(
        new TeachingPathError(
          "CONFLICT",
          `Teaching path "${id}" is at version ${version}, not ${expected}: it changed since you read it.`,
          { currentVersion: version },
        ),
      );
    }
  };

  const create = async (tx: TransactionRunner, input: CreatePathInput, refuse: Refuse) => {
    const { content, author, status = "draft" } = input;
    const id = input.id ?? randomUUID();
    const now = clock();
    await tx.run(CREATE_PATH, {
      id,
      title: content.title,
      summary: content.summary,
      audience: content.audience,
      author,
      status,
      now,
      publishedAt: status === "published" ? now : null,
      searchText: toSearchText(content.title, content.summary),
    });
    const steps = assignStepIds(content.steps, new Set(), refuse);
    if (steps.length > 0) await tx.run(CREATE_STEPS, { id, steps });
    return (await readPath(tx, id)) as TeachingPath;
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

    create: (input: CreatePathInput) => inTransaction(runner, (tx, refuse) => create(tx, input, refuse)),

    /** Creates the path only when no path has its id (seeding never overwrites an educator's edits). */
    createIfAbsent: (input: CreatePathInput & { id: string }) =>
      inTransaction(runner, async (tx, refuse) => {
        if ((await tx.run(PATH_EXISTS, { id: input.id })).length > 0) return false;
        await create(tx, input, refuse);
        return true;
      }),

    /**
     * Applies `change` to the stored path if it is still at `expectedVersion`. `change` sees the
     * locked, current path (to check, say, that it can be published) and may throw to refuse.
     */
    update: (id: string, expectedVersion: number, change: (current: TeachingPath) => PathChange) =>
      inTransaction(runner, async (tx, refuse) => {
        await lock(tx, id, expectedVersion, refuse);
        const current = (await readPath(tx, id)) as TeachingPath;
        let next: PathChange = {};
        try {
          next = change(current);
        } catch (error) {
          refuse(error);
        }
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
          const steps = assignStepIds(next.steps, new Set(current.steps.map((s) => s.id)), refuse);
          await tx.run(DELETE_STEPS, { id });
          if (steps.length > 0) await tx.run(CREATE_STEPS, { id, steps });
        }
        return (await readPath(tx, id)) as TeachingPath;
      }),

    delete: (id: string, expectedVersion: number) =>
      inTransaction(runner, async (tx, refuse) => {
        await lock(tx, id, expectedVersion, refuse);
        await tx.run(DELETE_STEPS, { id });
        await tx.run(DELETE_PATH, { id });
      }),
  };
}

export type PathStore = ReturnType<typeof createPathStore>;
