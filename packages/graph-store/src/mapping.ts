import { type Evidence, type GraphEdge, type GraphNode, isNodeKind, type RedFlagRule } from "@bpx/domain";
import { StoreError } from "./errors";
import type { Row } from "./runner";

/** Turns a stored node map into a GraphNode; the common fields are lifted out of `props`. */
export function toGraphNode(map: unknown): GraphNode {
  const {
    id,
    kind,
    name,
    aliases,
    searchName: _searchName,
    searchAliases: _searchAliases,
    searchSummary: _searchSummary,
    loadStamp: _loadStamp,
    ...props
  } = (map ?? {}) as Record<string, unknown>;
  if (typeof id !== "string" || !isNodeKind(kind) || typeof name !== "string") {
    throw new StoreError("INVALID_DATA", `A stored node lacks id, kind or name: ${JSON.stringify(map)}`);
  }
  return { id, kind, name, aliases: Array.isArray(aliases) ? aliases.map(String) : [], props };
}

/**
 * Zips the parallel evidence lists stored on nodes and relationships (stores hold no maps). An
 * empty or missing section is left out.
 */
export function toEvidence(
  sources: unknown,
  quotes: unknown,
  verbatim: unknown,
  sections?: unknown,
): Evidence[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const q = list(quotes);
  const b = list(verbatim);
  const s = list(sections);
  return list(sources).map((sourceId, i) => {
    const section = typeof s[i] === "string" && s[i] !== "" ? String(s[i]) : undefined;
    return {
      sourceId: String(sourceId),
      quote: String(q[i] ?? ""),
      verbatim: b[i] !== false,
      ...(section ? { section } : {}),
    };
  });
}

/** Turns an EDGES_AMONG row into a GraphEdge, zipping the parallel evidence lists. */
export function toGraphEdge(row: Row): GraphEdge {
  const { id, evidenceSources, evidenceQuotes, evidenceVerbatim, evidenceSections, ...props } = (row.props ??
    {}) as Record<string, unknown>;
  return {
    id: String(row.id ?? id),
    type: String(row.type),
    source: String(row.source),
    target: String(row.target),
    props,
    evidence: toEvidence(evidenceSources, evidenceQuotes, evidenceVerbatim, evidenceSections),
  };
}

export function toRedFlag(map: unknown): RedFlagRule {
  const r = (map ?? {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const week = (v: unknown) => (typeof v === "number" ? v : undefined);
  return {
    id: String(r.id),
    message: String(r.message),
    urgency: String(r.urgency),
    whenAll: strings(r.whenAll),
    whenAny: strings(r.whenAny),
    weekFrom: week(r.weekFrom),
    weekTo: week(r.weekTo),
    suggests: strings(r.suggests),
    evidence: toEvidence(r.evidenceSources, r.evidenceQuotes, r.evidenceVerbatim, r.evidenceSections),
  };
}
