import type { GraphNode } from "@bpx/domain";
import type { GraphQLError } from "graphql";
import type { GraphContext } from "./context";
import { apiError } from "./errors";

/**
 * A node an answer refers to by id (a candidate's condition, a statement's source). The id came
 * from the same graph, so a miss is a broken graph, not bad input: it fails the field.
 */
export function referencedNode(id: string, ctx: GraphContext): GraphNode | Promise<GraphNode> {
  return ctx.nodes.peek(id) ?? loadReferenced(id, ctx);
}

async function loadReferenced(id: string, ctx: GraphContext): Promise<GraphNode> {
  const node = await ctx.nodes.load(id);
  if (!node) throw new Error(`Node "${id}" is referenced but not in the graph.`);
  return node;
}

/** The nodes with these ids, in order; an id the graph lacks is left out. */
export function loadNodes(ids: readonly string[], ctx: GraphContext): GraphNode[] | Promise<GraphNode[]> {
  const known = ids.map((id) => ctx.nodes.peek(id));
  if (known.every((n) => n !== undefined)) return known as GraphNode[];
  return Promise.all(ids.map((id) => ctx.nodes.load(id))).then((nodes) => nodes.filter((n) => n !== null));
}

/** NOT_FOUND naming every id asked for that the graph lacks (`extensions.ids`). */
export function nodesNotFound(ids: readonly string[]): GraphQLError {
  return apiError("NOT_FOUND", `No node with id ${ids.map((id) => `"${id}"`).join(", ")}.`, { ids });
}
