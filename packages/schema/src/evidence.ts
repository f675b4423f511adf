import type { Evidence, GraphNode } from "@bpx/domain";
import type { GraphContext } from "./context";

/** A stored text property as a string: numbers (a document number) as digits, empty as null. */
export function toOptionalText(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The section a piece of evidence cites: its own, else its source's, else null. */
export function toSection(evidence: Evidence, source: GraphNode | null): string | null {
  return toOptionalText(evidence.section) ?? toOptionalText(source?.props.section);
}

/** QUOTE for the source's own words, SUMMARY for a one-line summary of a source we hold no text of. */
export function toTextKind(verbatim: boolean): "QUOTE" | "SUMMARY" {
  return verbatim ? "QUOTE" : "SUMMARY";
}

/** One piece of evidence with its source node, as the API answers it. */
function toResolved(e: Evidence, source: GraphNode) {
  return {
    source,
    quote: e.quote,
    verbatim: e.verbatim,
    textKind: toTextKind(e.verbatim),
    section: toSection(e, source),
  };
}

type ResolvedEvidence = ReturnType<typeof toResolved>;

/**
 * Resolves evidence to its source node; a quote whose source vanished is dropped, not faked. At
 * once when every source is in the loader's known nodes (a differential's answer), else loaded.
 */
export function resolveEvidence(
  evidence: readonly Evidence[],
  ctx: GraphContext,
): ResolvedEvidence[] | Promise<ResolvedEvidence[]> {
  const known: ResolvedEvidence[] = [];
  for (const e of evidence) {
    const source = ctx.nodes.peek(e.sourceId);
    if (!source) return loadEvidence(evidence, ctx);
    known.push(toResolved(e, source));
  }
  return known;
}

async function loadEvidence(evidence: readonly Evidence[], ctx: GraphContext): Promise<ResolvedEvidence[]> {
  const resolved = await Promise.all(
    evidence.map(async (e) => {
      const source = await ctx.nodes.load(e.sourceId);
      return source ? toResolved(e, source) : null;
    }),
  );
  return resolved.filter((e) => e !== null);
}
