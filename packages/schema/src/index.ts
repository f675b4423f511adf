import { makeExecutableSchema } from "@graphql-tools/schema";
import { resolvers } from "./resolvers";
import { teachingPathResolvers } from "./teaching-paths/resolvers";
import { teachingPathTypeDefs } from "./teaching-paths/type-defs";
import { typeDefs } from "./type-defs";

export { createContext, type GraphContext } from "./context";
export { apiError, badInput, ERROR_CODES, type ErrorCode, maskError } from "./errors";
export { type DifferentialRun, runDifferential } from "./run-differential";
export { LIMITS } from "./validation";
export { ANONYMOUS, canEditPaths, type Viewer, type ViewerRole } from "./viewer";
export { resolvers, teachingPathResolvers, teachingPathTypeDefs, typeDefs };

/** The executable schema: SDL plus resolvers (the graph, the differential, teaching paths). */
export function createSchema() {
  return makeExecutableSchema({
    typeDefs: [typeDefs, teachingPathTypeDefs],
    resolvers: [resolvers, teachingPathResolvers],
  });
}
