/**
 * Every node with its properties, for the in-process search index and the note lexicon: read
 * once per load stamp, not per request.
 */
export const ALL_ENTITIES = "MATCH (n:Entity) RETURN n {.*} AS node ORDER BY n.id";

/**
 * Neo4j only: the full-text index `entity_text` (graph/schema/neo4j.cypher) queried with a Lucene
 * query over the analysed forms; the kinds filter after the index, then the best candidates.
 */
export const FULLTEXT_SEARCH = `
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node.id AS id, node.name AS name, node.searchName AS searchName,
  node.searchAliases AS searchAliases, node.searchSummary AS searchSummary, score
ORDER BY score DESC, id ASC
LIMIT $candidates`;
