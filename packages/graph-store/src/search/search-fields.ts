import { createHash } from "node:crypto";
import { toTerms } from "@bpx/domain";

/**
 * The analysed written forms of a node, stored on Neo4j for its full-text index (`entity_text`,
 * whitespace analyzer): the output of `toTerms` (folded spelling, synonyms, stems), so Lucene
 * matches exactly the terms the embedded index (MiniSearch) matches. `searchAliases` holds each
 * alias and the lay name, one analysed form per entry.
 */
export interface SearchFields {
  searchName: string;
  searchAliases: string[];
  searchSummary?: string;
}

/** The stored property names, stripped again when a node is read (`mapping.ts`). */
export const SEARCH_FIELD_NAMES = ["searchName", "searchAliases", "searchSummary"] as const;

const text = (v: unknown) => (typeof v === "string" ? v : "");
const analysed = (value: string) => toTerms(value).join(" ");

/** Analysed name, aliases (with the lay name) and summary of a node's stored properties. */
export function toSearchFields(props: Record<string, unknown>): SearchFields {
  const aliases = Array.isArray(props.aliases) ? props.aliases.map(String) : [];
  const layName = text(props.layName);
  const summary = analysed(text(props.summary));
  return {
    searchName: analysed(text(props.name)),
    searchAliases: [...aliases, ...(layName ? [layName] : [])].map(analysed).filter((a) => a !== ""),
    ...(summary ? { searchSummary: summary } : {}),
  };
}

/**
 * A short hash of the analysed forms of these nodes. The graph's content hash includes it, so a
 * change to the analysis (a new synonym, a spelling rule) reloads a graph whose files did not
 * change, and a Neo4j full-text index never holds terms the query side no longer produces.
 */
export function searchFingerprint(nodes: readonly { props: Record<string, unknown> }[]): string {
  const hash = createHash("sha256");
  for (const n of nodes) hash.update(JSON.stringify(toSearchFields(n.props))).update("\n");
  return hash.digest("hex").slice(0, 16);
}
