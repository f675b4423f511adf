import { editDistance, type NodeKind, type PreparedQuery, type QueryTerm, toLuceneQuery } from "@bpx/domain";
import { toGraphNode } from "../mapping";
import { GET_NODES } from "../queries";
import type { CypherRunner } from "../runner";
import { FIELD_BOOSTS, mustMatch } from "./minisearch-index";
import { FULLTEXT_SEARCH } from "./queries-search";
import { type Candidate, type RankedHit, rankCandidates } from "./rank";

/**
 * How many of Lucene's best nodes are checked against the contract's rules (terms that must
 * match, the side excluded): generous, because Lucene ORs the terms and a node matching only a
 * common word ("pain") may outrank nothing but still take a place.
 */
export function candidateCount(first: number): number {
  return Math.max(200, first * 20);
}

/**
 * The prepared query for the `entity_text` index: the same terms on each analysed field, weighted
 * as the embedded index weighs a match in a name, an alias or lay name, and a summary.
 */
export function toFieldedLuceneQuery(query: PreparedQuery): string {
  const q = toLuceneQuery(query);
  return [
    `searchName:(${q})^${FIELD_BOOSTS.name}`,
    `searchAliases:(${q})^${FIELD_BOOSTS.alias}`,
    `searchSummary:(${q})^${FIELD_BOOSTS.summary}`,
  ].join(" ");
}

/** Whether a stored term answers a query term: equal, a prefix (last term), or within its edits. */
function termMatches(t: QueryTerm, token: string): boolean {
  if (token === t.term) return true;
  if (t.prefix && token.startsWith(t.term)) return true;
  return t.fuzzy > 0 && editDistance(token, t.term, t.fuzzy) <= t.fuzzy;
}

/**
 * Whether one analysed written form passes the contract's rules, as a MiniSearch document does on
 * the embedded engine: it names no excluded side, and matches at least `needed` of the query's
 * terms that are not qualifiers.
 */
function formPasses(form: string, query: PreparedQuery, needed: number): boolean {
  const tokens = form.split(" ").filter(Boolean);
  if (query.exclude.some((x) => tokens.includes(x))) return false;
  const matched = new Set(
    query.terms.filter((t) => !t.qualifier && tokens.some((w) => termMatches(t, w))).map((t) => t.term),
  );
  return matched.size >= needed;
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * Neo4j's search: its full-text index (`entity_text`, Lucene BM25 over the analysed forms written
 * by the loader) finds and scores candidates; the rules Lucene's query syntax cannot say (at least
 * half the terms in one form, the excluded side, an exact name) are applied here, then the same
 * final ranking as the embedded engine (`rankCandidates`).
 */
export async function searchFullText(
  runner: CypherRunner,
  query: PreparedQuery,
  kinds: readonly NodeKind[] | null,
  first: number,
): Promise<RankedHit[]> {
  if (query.terms.length === 0) return [];
  const rows = await runner.run(FULLTEXT_SEARCH, {
    query: toFieldedLuceneQuery(query),
    kinds: kinds ? [...kinds] : null,
    candidates: candidateCount(first),
  });
  const needed = mustMatch(query);
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const name = text(row.searchName);
    const aliases = Array.isArray(row.searchAliases) ? row.searchAliases.map(String) : [];
    const exact = name === query.key || aliases.includes(query.key);
    const forms = [name, ...aliases, text(row.searchSummary)].filter(Boolean);
    if (exact || forms.some((f) => formPasses(f, query, needed))) {
      candidates.push({ node: { id: String(row.id), name: text(row.name) }, raw: Number(row.score), exact });
    }
  }
  const ranked = rankCandidates(candidates, first);
  if (ranked.length === 0) return [];
  // Whole nodes only for the hits kept: candidates carry just what the rules and the ranking read.
  const nodes = await runner.run(GET_NODES, { ids: ranked.map((r) => r.node.id) });
  const byId = new Map(nodes.map((row) => toGraphNode(row.node)).map((n) => [n.id, n]));
  return ranked.flatMap((r) => {
    const node = byId.get(r.node.id);
    return node ? [{ node, score: r.score }] : [];
  });
}
