import { COUNT_SOURCES_BY_KIND } from "./queries-api";
import type { CypherRunner } from "./runner";

/** Reads for the public API's overview queries; spread into the graph store. */
export function createApiReads(runner: CypherRunner) {
  return {
    /** How many sources of each kind (guideline, regulator, trial, ...) the graph cites. */
    async countSourcesByKind(): Promise<Record<string, number>> {
      const rows = await runner.run(COUNT_SOURCES_BY_KIND);
      return Object.fromEntries(rows.map((row) => [String(row.sourceKind), Number(row.count)]));
    },
  };
}
