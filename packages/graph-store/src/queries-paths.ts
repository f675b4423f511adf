/**
 * The statements behind teaching paths. A path is a (:TeachingPath) node; its ordered steps are
 * (:TeachingStep) nodes joined by [:HAS_STEP]. Steps name graph nodes and relationships by id
 * (properties, not relationships), so the loader's stale-data sweep, which only touches :Entity
 * and :RedFlag, never reaches them and a reload leaves every path as it was.
 */

/** Shared visibility filter: readers and anonymous clients never see drafts. */
const VISIBLE = "($includeDrafts OR p.status = 'published')";

const LIST_FILTER = `${VISIBLE}
  AND ($status IS NULL OR p.status = $status)
  AND ($search IS NULL OR p.searchText CONTAINS $search)`;

/** Paths by id with all their steps (step order is restored from `position` by the caller). */
export const GET_PATHS = `
MATCH (p:TeachingPath)
WHERE p.id IN $ids AND ${VISIBLE}
OPTIONAL MATCH (p)-[:HAS_STEP]->(s:TeachingStep)
RETURN p {.*} AS path, collect(s {.*}) AS steps`;

/**
 * One page of paths, newest change first, ties broken by id: keyset pagination on
 * (updatedAt, id), so a page never repeats or skips a row that did not change meanwhile.
 */
export const LIST_PATHS = `
MATCH (p:TeachingPath)
WHERE ${LIST_FILTER}
  AND ($afterUpdatedAt IS NULL OR p.updatedAt < $afterUpdatedAt
    OR (p.updatedAt = $afterUpdatedAt AND p.id > $afterId))
WITH p
ORDER BY p.updatedAt DESC, p.id ASC
LIMIT $limit
OPTIONAL MATCH (p)-[:HAS_STEP]->(s:TeachingStep)
RETURN p {.*} AS path, collect(s {.*}) AS steps`;

export const COUNT_PATHS = `
MATCH (p:TeachingPath)
WHERE ${LIST_FILTER}
RETURN count(p) AS count`;

export const PATH_EXISTS = "MATCH (p:TeachingPath {id: $id}) RETURN p.id AS id";

export const CREATE_PATH = `
CREATE (p:TeachingPath {
  id: $id, title: $title, summary: $summary, audience: $audience, author: $author, ownerId: $ownerId,
  status: $status, version: 1, createdAt: $now, updatedAt: $now, publishedAt: $publishedAt,
  searchText: $searchText
})`;

/**
 * Takes the path's write lock before reading its version. On Neo4j a plain read-then-write lets
 * two transactions read the same version; writing first makes the second wait for the first to
 * commit, and then read the version the first wrote (the documented way to avoid lost updates).
 */
export const LOCK_PATH = `
MATCH (p:TeachingPath {id: $id})
SET p.updatedAt = $now
WITH p
RETURN p.version AS version`;

export const UPDATE_PATH = `
MATCH (p:TeachingPath {id: $id})
SET p.title = $title, p.summary = $summary, p.audience = $audience, p.searchText = $searchText,
  p.status = $status, p.publishedAt = $publishedAt, p.version = p.version + 1, p.updatedAt = $now`;

/** Writes the ordered steps of a path; each row is a flat map (stores hold no nested maps). */
export const CREATE_STEPS = `
MATCH (p:TeachingPath {id: $id})
UNWIND $steps AS row
CREATE (p)-[:HAS_STEP]->(:TeachingStep {
  id: row.id, pathId: $id, position: row.position, nodeId: row.nodeId, edgeId: row.edgeId,
  annotation: row.annotation, question: row.question, answer: row.answer,
  casePresent: row.casePresent, caseAbsent: row.caseAbsent, caseWeek: row.caseWeek
})`;

export const DELETE_STEPS = `
MATCH (p:TeachingPath {id: $id})-[:HAS_STEP]->(s:TeachingStep)
DETACH DELETE s`;

export const DELETE_PATH = `
MATCH (p:TeachingPath {id: $id})
DETACH DELETE p`;

/**
 * One audit entry per write to a path, in the write's own transaction: who (a stable id and the
 * display name), what (the action), when, and the version the path reached (0 once deleted).
 * Entries are never changed or deleted by the API.
 */
export const CREATE_AUDIT = `
CREATE (:AuditEntry {
  id: $auditId, at: $now, actorId: $actorId, actorName: $actorName, action: $action,
  pathId: $id, pathTitle: $title, version: $version
})`;

/** The newest audit entries first, optionally for one path. */
export const LIST_AUDIT = `
MATCH (a:AuditEntry)
WHERE $pathId IS NULL OR a.pathId = $pathId
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT $limit`;

/**
 * Relationships by their stable ids (`TYPE:from->to`). The start ids let the index on Entity.id
 * narrow the scan to a few nodes' relationships instead of every relationship in the graph.
 */
export const GET_EDGES = `
MATCH (a:Entity)-[e]->(b:Entity)
WHERE a.id IN $froms AND e.id IN $ids
RETURN e.id AS id, type(e) AS type, a.id AS source, b.id AS target, properties(e) AS props`;
