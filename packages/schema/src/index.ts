import { makeExecutableSchema } from "@graphql-tools/schema";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export { createContext, type GraphContext } from "./context";
export { apiError, badInput, ERROR_CODES, type ErrorCode, maskError } from "./errors";
export { type DifferentialRun, runDifferential } from "./run-differential";
export { LIMITS } from "./validation";
export { resolvers, typeDefs };

/** The executable schema: SDL plus resolvers. */
export function createSchema() {
  return makeExecutableSchema({ typeDefs, resolvers });
}
