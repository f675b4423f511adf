import {
  analyzeWords,
  type GraphNode,
  type NodeKind,
  type PreparedQuery,
  QUALIFIER_BOOST,
  toTerms,
} from "@bpx/domain";
import MiniSearch, { type Query } from "minisearch";
import { type RankedHit, rankCandidates } from "./rank";

/**
 * How much a match in each written form counts: a node's name most, then an alias or its lay
 * name, then its summary (prose, where a word is only mentioned).
 */
export const FIELD_BOOSTS = { name: 1, alias: 0.9, layName: 0.9, summary: 0.25 } as const;
type Field = keyof typeof FIELD_BOOSTS;

interface WrittenForm {
  id: number;
  node: string;
  kind: NodeKind;
  field: Field;
  text: string;
}

export type { RankedHit } from "./rank";

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** Share of a query's terms (qualifiers aside) one written form must match: half, rounded up. */
export const MUST_MATCH = 0.5;

/** How many of the query's terms (qualifiers aside) a form must match: at least one. */
export function mustMatch(query: PreparedQuery): number {
  const counted = new Set(query.terms.filter((t) => !t.qualifier).map((t) => t.term)).size;
  return Math.max(1, Math.ceil(MUST_MATCH * counted));
}

/**
 * The embedded engine's search: MiniSearch (BM25+) over every written form of every node (its
 * name, each alias, its lay name and its summary as separate documents, so a node with many
 * aliases is not penalised for the length of their sum), with this project's analysis
 * (`toTerms`) on both sides. A node scores as its best form, weighted by the form's field.
 */
export function createNodeIndex(nodes: readonly GraphNode[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const exact = new Map<string, Set<string>>();
  const forms: WrittenForm[] = [];
  for (const n of nodes) {
    const written: [Field, string][] = [
      ["name", n.name],
      ...n.aliases.map((a): [Field, string] => ["alias", a]),
      ["layName", text(n.props.layName)],
      ["summary", text(n.props.summary)],
    ];
    for (const [field, value] of written) {
      if (value === "") continue;
      forms.push({ id: forms.length, node: n.id, kind: n.kind, field, text: value });
      if (field === "summary") continue;
      const key = toTerms(value).join(" ");
      if (key === "") continue;
      const ids = exact.get(key);
      if (ids) ids.add(n.id);
      else exact.set(key, new Set([n.id]));
    }
  }
  const index = new MiniSearch<WrittenForm>({
    fields: ["text"],
    storeFields: ["node", "kind", "field"],
    tokenize: (t) => toTerms(t),
    processTerm: (t) => t,
    searchOptions: { tokenize: (t) => [t], processTerm: (t) => t },
  });
  index.addAll(forms);

  function search(query: PreparedQuery, kinds: readonly NodeKind[] | null, first: number): RankedHit[] {
    if (query.terms.length === 0) return [];
    const allowed = kinds ? new Set<string>(kinds) : null;
    const qualifiers = new Set(query.terms.filter((t) => t.qualifier).map((t) => t.term));
    const terms: Query = {
      combineWith: "OR",
      queries: query.terms.map((t) => ({
        queries: [t.term],
        fuzzy: t.fuzzy,
        prefix: t.prefix,
        boostTerm: () => (t.qualifier ? QUALIFIER_BOOST : 1),
      })),
    };
    const tree: Query =
      query.exclude.length > 0 ? { combineWith: "AND_NOT", queries: [terms, ...query.exclude] } : terms;
    const results = index.search(tree, {
      boostDocument: (_id, _term, stored) => FIELD_BOOSTS[(stored?.field as Field) ?? "summary"],
      filter: allowed ? (r) => allowed.has(r.kind as string) : undefined,
    });
    const needed = mustMatch(query);
    const best = new Map<string, number>();
    for (const r of results) {
      const node = r.node as string;
      const matched = r.queryTerms.filter((t) => !qualifiers.has(t)).length;
      if (matched >= needed && (best.get(node) ?? 0) < r.score) best.set(node, r.score);
    }
    const exactIds = new Set(
      [...(exact.get(query.key) ?? [])].filter((id) => !allowed || allowed.has(byId.get(id)?.kind ?? "")),
    );
    for (const id of exactIds) best.set(id, best.get(id) ?? 0);
    return rankCandidates(
      [...best].map(([id, raw]) => ({ node: byId.get(id) as GraphNode, raw, exact: exactIds.has(id) })),
      first,
    );
  }

  return { search, size: nodes.length };
}

/**
 * How often each (folded) word appears in the nodes' names, aliases and lay names: the speller's
 * vocabulary, on either engine.
 */
export function countWords(nodes: readonly GraphNode[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const n of nodes) {
    for (const value of [n.name, ...n.aliases, text(n.props.layName)]) {
      for (const w of analyzeWords(value))
        if (w.kind === "word") words.set(w.text, (words.get(w.text) ?? 0) + 1);
    }
  }
  return words;
}
