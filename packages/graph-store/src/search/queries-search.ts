/**
 * Every node with its properties, for the in-process search index and the note lexicon: read
 * once per load stamp, not per request.
 */
export const ALL_ENTITIES = "MATCH (n:Entity) RETURN n {.*} AS node ORDER BY n.id";
