import {
  type ContentIssue,
  checkTeachingPathContent,
  checkTeachingPathRefs,
  type NodeKind,
  referencedIds,
  type TeachingPath,
  type TeachingPathContent,
} from "@bpx/domain";
import { isTeachingPathError, SEED_OWNER } from "@bpx/graph-store";
import type { GraphQLError } from "graphql";
import type { GraphContext } from "../context";
import { apiError } from "../errors";
import { canEditPaths, type Viewer } from "../viewer";

/** BAD_USER_INPUT naming the first field at fault; `issues` lists every one, for forms. */
export function invalidContent(issues: readonly ContentIssue[]): GraphQLError {
  const [first] = issues;
  return apiError("BAD_USER_INPUT", first?.message ?? "Invalid input.", {
    field: first?.field,
    issues,
  });
}

/** Refuses anyone but an educator or admin; checked before any input is looked at. */
export function requireEditor(ctx: GraphContext): void {
  const { viewer } = ctx;
  if (viewer.invalidToken) throw apiError("UNAUTHENTICATED", "The bearer token is not valid.");
  if (viewer.role === "anonymous") {
    throw apiError("UNAUTHENTICATED", "Sign in: send Authorization: Bearer <token> with an educator token.");
  }
  if (!canEditPaths(viewer))
    throw apiError("FORBIDDEN", "Only educators and admins may change teaching paths.");
}

/** Only admins read the audit log. */
export function requireAdmin(ctx: GraphContext): void {
  const { viewer } = ctx;
  if (viewer.invalidToken) throw apiError("UNAUTHENTICATED", "The bearer token is not valid.");
  if (viewer.role === "anonymous") {
    throw apiError("UNAUTHENTICATED", "Sign in: send Authorization: Bearer <token> with an admin token.");
  }
  if (viewer.role !== "admin") throw apiError("FORBIDDEN", "Only admins may read the audit log.");
}

/**
 * Checked on the locked, current path inside the write's transaction: an educator changes only
 * the paths they created; admins change any, the shipped ones included.
 */
export function ownerGuard(viewer: Viewer) {
  return (current: TeachingPath) => {
    if (viewer.role === "admin" || current.ownerId === viewer.id) return;
    throw apiError(
      "FORBIDDEN",
      current.ownerId === SEED_OWNER
        ? `Teaching path "${current.id}" ships with the app: only an admin may change it. Duplicate it to make your own.`
        : `Teaching path "${current.id}" belongs to ${current.author}: only its author or an admin may change it. Duplicate it to make your own.`,
    );
  };
}

/** Throws BAD_USER_INPUT when content breaks the rules (no graph look-ups). */
export function assertContent(
  content: TeachingPathContent,
  options: { prefix?: string; publishing?: boolean } = {},
): void {
  const issues = checkTeachingPathContent(content, options);
  if (issues.length > 0) throw invalidContent(issues);
}

/** Throws BAD_USER_INPUT when a step names a node, relationship or finding the graph lacks. */
export async function assertRefs(
  content: TeachingPathContent,
  ctx: GraphContext,
  prefix = "",
): Promise<void> {
  const { nodeIds, edgeIds } = referencedIds(content);
  const [nodes, edges] = await Promise.all([ctx.store.getNodes(nodeIds), ctx.store.getEdges(edgeIds)]);
  for (const node of nodes) ctx.nodes.prime(node.id, node);
  const kinds = new Map<string, NodeKind>(nodes.map((n) => [n.id, n.kind]));
  const known = new Set(edges.map((e) => e.id));
  const issues = checkTeachingPathRefs(
    content,
    { nodeKind: (id) => kinds.get(id), hasEdge: (id) => known.has(id) },
    prefix,
  );
  if (issues.length > 0) throw invalidContent(issues);
}

/** Turns the store's refusals into API errors; anything else passes through untouched. */
export function toApiError(error: unknown): unknown {
  if (!isTeachingPathError(error)) return error;
  if (error.reason === "NOT_FOUND") return apiError("NOT_FOUND", error.message);
  if (error.reason === "CONFLICT") {
    return apiError("CONFLICT", error.message, { currentVersion: error.currentVersion });
  }
  return apiError("BAD_USER_INPUT", error.message, { field: error.field });
}

/** Runs a store call, translating its refusals. */
export async function storeCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toApiError(error);
  }
}
