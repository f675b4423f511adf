import type { Evidence } from "@bpx/domain";
import type { GraphContext } from "./context";

/** Resolves evidence to its source node; a quote whose source vanished is dropped, not faked. */
export async function resolveEvidence(evidence: readonly Evidence[], ctx: GraphContext) {
  const resolved = await Promise.all(
    evidence.map(async (e) => {
      const source = await ctx.nodes.load(e.sourceId);
      return source ? { source, quote: e.quote, verbatim: e.verbatim } : null;
    }),
  );
  return resolved.filter((e) => e !== null);
}
