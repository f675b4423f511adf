/**
 * The bulk statements the knowledge snapshot is built from: each reads one kind of fact for the
 * whole graph, so a build costs a fixed number of round trips however large the graph is. The
 * snapshot also reuses DIFF_PRIOR_MASS and GET_RED_FLAGS unchanged.
 */

/** Every condition: the candidates of any differential. */
export const SNAPSHOT_CONDITIONS = `
MATCH (c:Condition)
RETURN c {.*} AS condition
ORDER BY c.id`;

/** Every PRESENTS_WITH link, in the order DIFF_LINKS returns a candidate's links. */
export const SNAPSHOT_LINKS = `
MATCH (c:Condition)-[l:PRESENTS_WITH]->(f:Finding)
RETURN c.id AS conditionId, f.id AS findingId, f.name AS findingName, f.type AS findingType,
  properties(l) AS props
ORDER BY conditionId, findingId`;

/** The kind of every source, for the rank of a link's evidence. */
export const SNAPSHOT_SOURCE_KINDS = `
MATCH (s:Source)
RETURN s.id AS id, s.sourceKind AS sourceKind
ORDER BY id`;

/** Every diagnostic that evaluates a condition. */
export const SNAPSHOT_DIAGNOSTICS = `
MATCH (d:Diagnostic)-[:EVALUATES]->(:Condition)
WITH DISTINCT d
RETURN d {.*} AS diagnostic
ORDER BY diagnostic.id`;

/** Every EVALUATES link, with its evidence. */
export const SNAPSHOT_EVALUATES = `
MATCH (d:Diagnostic)-[e:EVALUATES]->(c:Condition)
RETURN d.id AS diagnosticId, c.id AS conditionId, properties(e) AS props
ORDER BY diagnosticId, conditionId`;

/** What each diagnostic detects. */
export const SNAPSHOT_DETECTS = `
MATCH (d:Diagnostic)-[:DETECTS]->(f:Finding)
RETURN d.id AS id, collect(DISTINCT f.id) AS detects
ORDER BY id`;

/** Each diagnostic's alternatives, either direction. */
export const SNAPSHOT_ALTERNATIVES = `
MATCH (d:Diagnostic)-[:ALTERNATIVE_TO]-(a:Diagnostic)
RETURN d.id AS id, collect(DISTINCT a.id) AS alternatives
ORDER BY id`;

/** Every drug or measure that treats, relieves or prevents a condition. */
export const SNAPSHOT_TREATMENTS = `
MATCH (s:Entity)-[t:TREATS|RELIEVES|PREVENTS]->(c:Condition)
RETURN s.id AS subjectId, s.kind AS subjectKind, s.name AS subjectName, type(t) AS type,
  c.id AS conditionId, properties(t) AS props
ORDER BY subjectId, conditionId`;

/** Every direct class link; the snapshot walks them three deep, as DRUG_CLASSES does. */
export const SNAPSHOT_CLASS_LINKS = `
MATCH (d:Drug)-[:BELONGS_TO_CLASS]->(k:Drug)
RETURN d.id AS drugId, k.id AS classId
ORDER BY drugId, classId`;

/** Every safety statement, in the order SAFETY_STATEMENTS returns a subject's statements. */
export const SNAPSHOT_SAFETY = `
MATCH (s:Entity)-[e:HAS_SAFETY]->(src:Source)
RETURN s.id AS subjectId, src.id AS sourceId, src.sourceKind AS sourceKind, properties(e) AS props
ORDER BY subjectId, sourceId, props.weekFrom`;

/** Every node, for the look-ups a differential's answer makes (its conditions, findings, sources). */
export const SNAPSHOT_NODES = `
MATCH (n:Entity)
RETURN n {.*} AS node
ORDER BY n.id`;
