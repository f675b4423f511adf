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

/** Resolves evidence to its source node; a quote whose source vanished is dropped, not faked. */
export async function resolveEvidence(evidence: readonly Evidence[], ctx: GraphContext) {
  const resolved = await Promise.all(
    evidence.map(async (e) => {
      const source = await ctx.nodes.load(e.sourceId);
      if (!source) return null;
      return {
        source,
        quote: e.quote,
        verbatim: e.verbatim,
        textKind: toTextKind(e.verbatim),
        section: toSection(e, source),
      };
    }),
  );
  return resolved.filter((e) => e !== null);
}
