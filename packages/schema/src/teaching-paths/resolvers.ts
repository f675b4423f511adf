import {
  parseTeachingPathDocument,
  TEACHING_PATH_LIMITS,
  type TeachingPath,
  type TeachingPathStatus,
  toTeachingPathDocument,
} from "@bpx/domain";
import { decodeCursor, encodeCursor } from "@bpx/graph-store";
import type { GraphContext } from "../context";
import { apiError, badInput } from "../errors";
import type { MutationPublishTeachingPathArgs, Resolvers } from "../generated/resolvers-types";
import { loadNodes } from "../node-refs";
import { differential } from "../resolvers-differential";
import { checkIntRange } from "../validation";
import { canEditPaths, isAdmin } from "../viewer";
import {
  assertContent,
  assertRefs,
  invalidContent,
  ownerGuard,
  requireAdmin,
  requireEditor,
  storeCall,
} from "./checks";
import { toChange, toContent } from "./inputs";

export const TEACHING_PATHS_FIRST_MAX = 50;
export const AUDIT_FIRST_MAX = 200;
const SEARCH_MAX = 200;

const visibleOptions = (ctx: GraphContext) => ({ includeDrafts: canEditPaths(ctx.viewer) });

async function getVisible(id: string, ctx: GraphContext): Promise<TeachingPath | null> {
  const [path] = await ctx.store.paths.getMany([id], visibleOptions(ctx));
  return path ?? null;
}

async function getOrNotFound(id: string, ctx: GraphContext): Promise<TeachingPath> {
  const path = await getVisible(id, ctx);
  if (!path) throw apiError("NOT_FOUND", `No teaching path with id "${id}".`);
  return path;
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

/** A new path owned by the viewer. */
const newPath = (ctx: GraphContext, action: string) => ({
  author: ctx.viewer.name,
  ownerId: ctx.viewer.id,
  actor: actor(ctx),
  action,
});

const setStatus =
  (status: TeachingPathStatus) => (_: unknown, args: MutationPublishTeachingPathArgs, ctx: GraphContext) => {
    requireEditor(ctx);
    return storeCall(() =>
      ctx.store.paths.update(
        args.id,
        args.expectedVersion,
        (current) => {
          if (status === "published") assertContent(current, { publishing: true });
          return { status };
        },
        writeAs(ctx, status === "published" ? "publish" : "unpublish"),
      ),
    );
  };

export const teachingPathResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.viewer,

    teachingPaths: async (_, args, ctx) => {
      const first = checkIntRange(args.first ?? 20, 1, TEACHING_PATHS_FIRST_MAX, "first");
      const after = args.after ? decodeCursor(args.after) : null;
      if (args.after && !after) throw badInput("after is not a cursor this API issued.", "after");
      const search = args.search?.trim() || null;
      if (search && search.length > SEARCH_MAX) {
        throw badInput(`search must be at most ${SEARCH_MAX} characters.`, "search");
      }
      const page = await ctx.store.paths.list({
        first,
        after,
        status: args.status ?? null,
        search,
        ...visibleOptions(ctx),
      });
      const edges = page.paths.map((node) => ({ node, cursor: encodeCursor(node) }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },

    teachingPath: (_, args, ctx) => getVisible(args.id, ctx),

    teachingPathAudit: async (_, args, ctx) => {
      requireAdmin(ctx);
      const first = checkIntRange(args.first ?? 50, 1, AUDIT_FIRST_MAX, "first");
      return ctx.store.paths.audit({ first, pathId: args.pathId ?? null });
    },

    exportTeachingPath: async (_, args, ctx) => {
      const path = await getOrNotFound(args.id, ctx);
      return JSON.stringify(toTeachingPathDocument(path, new Date().toISOString()), null, 2);
    },
  },

  Mutation: {
    createTeachingPath: async (_, args, ctx) => {
      requireEditor(ctx);
      const content = toContent(args.input);
      assertContent(content);
      await assertRefs(content, ctx);
      return storeCall(() => ctx.store.paths.create({ content, ...newPath(ctx, "create") }));
    },

    updateTeachingPath: async (_, args, ctx) => {
      requireEditor(ctx);
      const change = toChange(args.patch);
      if (change.steps) await assertRefs({ title: "", summary: "", audience: "", steps: change.steps }, ctx);
      return storeCall(() =>
        ctx.store.paths.update(
          args.id,
          args.expectedVersion,
          (current) => {
            // A published path must stay publishable; a draft may be half written.
            assertContent({ ...current, ...change }, { publishing: current.status === "published" });
            return change;
          },
          writeAs(ctx, "update"),
        ),
      );
    },

    publishTeachingPath: setStatus("published"),
    unpublishTeachingPath: setStatus("draft"),

    duplicateTeachingPath: async (_, args, ctx) => {
      requireEditor(ctx);
      const source = contentOf(await getOrNotFound(args.id, ctx));
      const title = `${source.title} (copy)`.slice(0, TEACHING_PATH_LIMITS.titleMax);
      const content = { ...source, title };
      await assertRefs(content, ctx);
      return storeCall(() => ctx.store.paths.create({ content, ...newPath(ctx, "duplicate") }));
    },

    deleteTeachingPath: async (_, args, ctx) => {
      requireEditor(ctx);
      await storeCall(() => ctx.store.paths.delete(args.id, args.expectedVersion, writeAs(ctx, "delete")));
      return args.id;
    },

    importTeachingPath: async (_, args, ctx) => {
      requireEditor(ctx);
      let value: unknown;
      try {
        value = JSON.parse(args.document);
      } catch {
        throw badInput("document is not valid JSON.", "document");
      }
      const parsed = parseTeachingPathDocument(value);
      if (!parsed.ok) throw invalidContent(parsed.issues);
      await assertRefs(parsed.content, ctx, "path");
      return storeCall(() => ctx.store.paths.create({ content: parsed.content, ...newPath(ctx, "import") }));
    },
  },

  Viewer: {
    role: (viewer) => viewer.role,
    canEditTeachingPaths: (viewer) => canEditPaths(viewer),
  },

  TeachingPath: {
    stepCount: (path) => path.steps.length,
    canEdit: (path, _, ctx) =>
      canEditPaths(ctx.viewer) && (isAdmin(ctx.viewer) || path.ownerId === ctx.viewer.id),
  },
  TeachingStep: {
    node: (step, _, ctx) => (step.nodeId ? ctx.nodes.load(step.nodeId) : null),
    edge: (step, _, ctx) => (step.edgeId ? ctx.edges.load(step.edgeId) : null),
  },
  TeachingCase: {
    presentFindings: (c, _, ctx) => loadFindings(c.present, ctx),
    absentFindings: (c, _, ctx) => loadFindings(c.absent, ctx),
    differential: (c, _, ctx) => differential(c, ctx),
  },
};

async function loadFindings(ids: readonly string[], ctx: GraphContext) {
  return (await loadNodes(ids, ctx)).filter((n) => n.kind === "FINDING");
}
