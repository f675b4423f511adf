import { parseTeachingPathDocument, type TeachingPathStatus } from "@bpx/domain";
import { decodeCursor } from "@bpx/graph-store";
import type { GraphContext } from "../context";
import { badInput } from "../errors";
import type { MutationPublishTeachingPathArgs, Resolvers } from "../generated/resolvers-types";
import { loadNodes } from "../node-refs";
import { differential } from "../resolvers-differential";
import { checkIntRange } from "../validation";
import { canEditPaths, isAdmin } from "../viewer";
import { assertContent, invalidContent, requireAdmin, requireEditor } from "./checks";
import { toChange, toContent } from "./inputs";
import {
  createPath,
  deletePath,
  duplicatePath,
  exportPath,
  getVisiblePath,
  listPaths,
  setPathStatus,
  updatePath,
} from "./service";

export const TEACHING_PATHS_FIRST_MAX = 50;
export const AUDIT_FIRST_MAX = 200;
const SEARCH_MAX = 200;

const setStatus =
  (status: TeachingPathStatus) => (_: unknown, args: MutationPublishTeachingPathArgs, ctx: GraphContext) => {
    requireEditor(ctx);
    return setPathStatus(args.id, args.expectedVersion, status, ctx);
  };

export const teachingPathResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.viewer,

    teachingPaths: (_, args, ctx) => {
      const first = checkIntRange(args.first ?? 20, 1, TEACHING_PATHS_FIRST_MAX, "first");
      const after = args.after ? decodeCursor(args.after) : null;
      if (args.after && !after) throw badInput("after is not a cursor this API issued.", "after");
      const search = args.search?.trim() || null;
      if (search && search.length > SEARCH_MAX) {
        throw badInput(`search must be at most ${SEARCH_MAX} characters.`, "search");
      }
      return listPaths(ctx, { first, after, status: args.status ?? null, search });
    },

    teachingPath: (_, args, ctx) => getVisiblePath(args.id, ctx),

    teachingPathAudit: async (_, args, ctx) => {
      requireAdmin(ctx);
      const first = checkIntRange(args.first ?? 50, 1, AUDIT_FIRST_MAX, "first");
      return ctx.store.paths.audit({ first, pathId: args.pathId ?? null });
    },

    exportTeachingPath: (_, args, ctx) => exportPath(args.id, ctx),
  },

  Mutation: {
    createTeachingPath: (_, args, ctx) => {
      requireEditor(ctx);
      const content = toContent(args.input);
      assertContent(content);
      return createPath(content, "create", ctx);
    },

    updateTeachingPath: (_, args, ctx) => {
      requireEditor(ctx);
      return updatePath(args.id, args.expectedVersion, toChange(args.patch), ctx);
    },

    publishTeachingPath: setStatus("published"),
    unpublishTeachingPath: setStatus("draft"),

    duplicateTeachingPath: (_, args, ctx) => {
      requireEditor(ctx);
      return duplicatePath(args.id, ctx);
    },

    deleteTeachingPath: (_, args, ctx) => {
      requireEditor(ctx);
      return deletePath(args.id, args.expectedVersion, ctx);
    },

    importTeachingPath: (_, args, ctx) => {
      requireEditor(ctx);
      let value: unknown;
      try {
        value = JSON.parse(args.document);
      } catch {
        throw badInput("document is not valid JSON.", "document");
      }
      const parsed = parseTeachingPathDocument(value);
      if (!parsed.ok) throw invalidContent(parsed.issues);
      return createPath(parsed.content, "import", ctx, "path");
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
