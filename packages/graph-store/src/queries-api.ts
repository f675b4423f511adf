/** Statements behind the public API's overview queries (stats). */

/** Sources by the kind of document they are (guideline, regulator, ...). */
export const COUNT_SOURCES_BY_KIND = `
MATCH (n:Source)
RETURN n.sourceKind AS sourceKind, count(n) AS count
ORDER BY sourceKind`;
