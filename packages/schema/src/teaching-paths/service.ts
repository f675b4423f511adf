import {
  TEACHING_PATH_LIMITS,
  type TeachingPath,
  type TeachingPathContent,
  type TeachingPathStatus,
  toTeachingPathDocument,
} from "@bpx/domain";
import { encodeCursor, type PathChange, type PathCursor } from "@bpx/graph-store";
import type { GraphContext } from "../context";
import { apiError } from "../errors";
import { canEditPaths } from "../viewer";
import { assertContent, assertRefs, ownerGuard, storeCall } from "./checks";

/**
 * What the teaching-path resolvers call once they have checked who asks and parsed the
 * arguments: reads as the viewer may see them, writes as the viewer, checked and audited.
 */

const visibleOptions = (ctx: GraphContext) => ({ includeDrafts: canEditPaths(ctx.viewer) });

/** The path, if it exists and the viewer may see it (drafts only for editors). */
export async function getVisiblePath(id: string, ctx: GraphContext): Promise<TeachingPath | null> {
  const [path] = await ctx.store.paths.getMany([id], visibleOptions(ctx));
  return path ?? null;
}

async function getOrNotFound(id: string, ctx: GraphContext): Promise<TeachingPath> {
  const path = await getVisiblePath(id, ctx);
  if (!path) throw apiError("NOT_FOUND", `No teaching path with id "${id}".`);
  return path;
}

/** A page of the paths the viewer may see, newest change first, as a Relay connection. */
export async function listPaths(
  ctx: GraphContext,
  options: {
    first: number;
    after: PathCursor | null;
    status: TeachingPathStatus | null;
    search: string | null;
  },
) {
  const page = await ctx.store.paths.list({ ...options, ...visibleOptions(ctx) });
  const edges = page.paths.map((node) => ({ node, cursor: encodeCursor(node) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** The path as the JSON document import reads back. */
export async function exportPath(id: string, ctx: GraphContext): Promise<string> {
  const path = await getOrNotFound(id, ctx);
  return JSON.stringify(toTeachingPathDocument(path, new Date().toISOString()), null, 2);
}

/** Content copied from a stored path: the steps lose their ids, so the copy gets its own. */
const contentOf = (path: TeachingPath) => ({
  title: path.title,
  summary: path.summary,
  audience: path.audience,
  steps: path.steps.map(({ id: _id, position: _position, ...step }) => step),
});

/** The viewer as the store records a writer: a stable id and the display name. */
const actor = (ctx: GraphContext) => ({ id: ctx.viewer.id, name: ctx.viewer.name });

/** A change by the viewer: only the path's owner or an admin, recorded in the audit log. */
const writeAs = (ctx: GraphContext, action: string) => ({
  actor: actor(ctx),
  action,
  guard: ownerGuard(ctx.viewer),
});

/**
 * A new path owned by the viewer, from content already checked against the rules; its references
 * are checked here, against the graph (`prefix` names where they sit in the input).
 */
export async function createPath(
  content: TeachingPathContent,
  action: "create" | "duplicate" | "import",
  ctx: GraphContext,
  prefix = "",
): Promise<TeachingPath> {
  await assertRefs(content, ctx, prefix);
  const owner = { author: ctx.viewer.name, ownerId: ctx.viewer.id, actor: actor(ctx), action };
  return storeCall(() => ctx.store.paths.create({ content, ...owner }));
}

/** A copy of a path the viewer may see, owned by the viewer, titled "... (copy)". */
export async function duplicatePath(id: string, ctx: GraphContext): Promise<TeachingPath> {
  const source = contentOf(await getOrNotFound(id, ctx));
  const title = `${source.title} (copy)`.slice(0, TEACHING_PATH_LIMITS.titleMax);
  return createPath({ ...source, title }, "duplicate", ctx);
}

/** Applies `change` to the path if it is still at `expectedVersion`, as its owner or an admin. */
export async function updatePath(
  id: string,
  expectedVersion: number,
  change: PathChange,
  ctx: GraphContext,
): Promise<TeachingPath> {
  if (change.steps) await assertRefs({ title: "", summary: "", audience: "", steps: change.steps }, ctx);
  return storeCall(() =>
    ctx.store.paths.update(
      id,
      expectedVersion,
      (current) => {
        // A published path must stay publishable; a draft may be half written.
        assertContent({ ...current, ...change }, { publishing: current.status === "published" });
        return change;
      },
      writeAs(ctx, "update"),
    ),
  );
}

/** Publishes (when its content is complete) or unpublishes the path. */
export function setPathStatus(
  id: string,
  expectedVersion: number,
  status: TeachingPathStatus,
  ctx: GraphContext,
): Promise<TeachingPath> {
  return storeCall(() =>
    ctx.store.paths.update(
      id,
      expectedVersion,
      (current) => {
        if (status === "published") assertContent(current, { publishing: true });
        return { status };
      },
      writeAs(ctx, status === "published" ? "publish" : "unpublish"),
    ),
  );
}

/** Deletes the path if it is still at `expectedVersion`; its id. */
export async function deletePath(id: string, expectedVersion: number, ctx: GraphContext): Promise<string> {
  await storeCall(() => ctx.store.paths.delete(id, expectedVersion, writeAs(ctx, "delete")));
  return id;
}
