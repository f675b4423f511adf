import { makeExecutableSchema } from "@graphql-tools/schema";
import { lexicographicSortSchema, printSchema } from "graphql";
import { dontMissTypeDefs } from "./dont-miss-type-defs";
import { ENUM_VALUES } from "./enum-values";
import { interpretCaseResolvers, interpretCaseTypeDefs } from "./interpret-case";
import { pathsResolvers, pathsTypeDefs } from "./paths";
import { resolvers } from "./resolvers";
import { differentialResolvers } from "./resolvers-differential";
import { safetyResolvers } from "./safety-resolvers";
import { safetyTypeDefs } from "./safety-type-defs";
import { searchConnectionResolvers, searchConnectionTypeDefs } from "./search-connection";
import { teachingPathResolvers } from "./teaching-paths/resolvers";
import { teachingPathTypeDefs } from "./teaching-paths/type-defs";
import { typeDefs } from "./type-defs";

export { createContext, type GraphContext } from "./context";
export { apiError, badInput, ERROR_CODES, type ErrorCode, maskError } from "./errors";
export { NOTE_MAX } from "./interpret-case";
export {
  checkShape,
  createDeadlineRule,
  DEFAULT_QUERY_LIMITS,
  estimateCost,
  type QueryLimits,
  useQueryLimits,
} from "./limits";
export { shortestPaths } from "./paths";
export { type DifferentialRun, runDifferential } from "./run-differential";
export { LIMITS } from "./validation";
export { ANONYMOUS, canEditPaths, type Viewer, type ViewerRole } from "./viewer";
export { resolvers, teachingPathResolvers, teachingPathTypeDefs, typeDefs };

/** The executable schema: SDL plus resolvers (the graph, the differential, teaching paths). */
export function createSchema() {
  return makeExecutableSchema({
    typeDefs: [
      typeDefs,
      safetyTypeDefs,
      dontMissTypeDefs,
      teachingPathTypeDefs,
      searchConnectionTypeDefs,
      pathsTypeDefs,
      interpretCaseTypeDefs,
    ],
    resolvers: [
      resolvers,
      differentialResolvers,
      safetyResolvers,
      teachingPathResolvers,
      searchConnectionResolvers,
      pathsResolvers,
      interpretCaseResolvers,
      ENUM_VALUES,
    ],
  });
}

/** The schema as SDL, sorted, as `pnpm codegen` writes it to packages/schema/schema.graphql. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(createSchema()))}\n`;
}
