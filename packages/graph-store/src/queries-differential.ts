/**
 * The statements one differential reads. Each takes a list of ids, so one differential costs a
 * fixed number of round trips however many findings are entered (no N+1).
 */

/** Conditions linked to any entered finding: the candidate set. */
export const DIFF_CONDITIONS = `
MATCH (c:Condition)-[:PRESENTS_WITH]->(f:Finding)
WHERE f.id IN $findings
WITH DISTINCT c
RETURN c {.*} AS condition
ORDER BY c.id`;

/**
 * Conditions a red-flag rule on the entered findings suggests, by id: a rule can name a condition
 * no entered finding links to, and the don't-miss lane must still show it with its rule-out.
 */
export const DIFF_CONDITIONS_BY_ID = `
MATCH (c:Condition)
WHERE c.id IN $ids
RETURN c {.*} AS condition
ORDER BY c.id`;

/**
 * The prior mass of every condition in the graph, grouped by what decides it (prior, prevalence
 * word, window), so the conditions no entered finding touches keep their share: a few rows
 * however many conditions there are.
 */
export const DIFF_PRIOR_MASS = `
MATCH (c:Condition)
RETURN c.prior AS prior, c.prevalence AS prevalence, c.weekFrom AS weekFrom, c.weekTo AS weekTo,
  count(c) AS conditions
ORDER BY prevalence, prior, weekFrom, weekTo`;

/** Every PRESENTS_WITH link of the candidates, entered or not (next questions need them all). */
export const DIFF_LINKS = `
MATCH (c:Condition)-[l:PRESENTS_WITH]->(f:Finding)
WHERE c.id IN $conditions
RETURN c.id AS conditionId, f.id AS findingId, f.name AS findingName, f.type AS findingType,
  properties(l) AS props
ORDER BY conditionId, findingId`;

/** The kind of each source the links cite, so the engine can tell consumer-only links apart. */
export const DIFF_SOURCE_KINDS = `
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.sourceKind AS sourceKind
ORDER BY id`;

/** Diagnostics that evaluate a candidate, with the evidence for each. */
export const DIFF_DIAGNOSTICS = `
MATCH (d:Diagnostic)-[e:EVALUATES]->(c:Condition)
WHERE c.id IN $conditions
RETURN d {.*} AS diagnostic, collect({conditionId: c.id, props: properties(e)}) AS evaluates
ORDER BY diagnostic.id`;

/**
 * What those diagnostics detect. Kept apart from DIFF_DIAGNOSTICS on purpose: Grafeo runs two
 * chained OPTIONAL MATCH ... collect() steps an order of magnitude slower than separate queries.
 */
export const DIAGNOSTIC_DETECTS = `
MATCH (d:Diagnostic)-[:DETECTS]->(f:Finding)
WHERE d.id IN $ids
RETURN d.id AS id, collect(DISTINCT f.id) AS detects
ORDER BY id`;

/** Their alternatives, either direction (MRI for radiography). */
export const DIAGNOSTIC_ALTERNATIVES = `
MATCH (d:Diagnostic)-[:ALTERNATIVE_TO]-(a:Diagnostic)
WHERE d.id IN $ids
RETURN d.id AS id, collect(DISTINCT a.id) AS alternatives
ORDER BY id`;

/** Drugs and measures that treat, relieve or prevent a candidate. */
export const DIFF_TREATMENTS = `
MATCH (s:Entity)-[t:TREATS|RELIEVES|PREVENTS]->(c:Condition)
WHERE c.id IN $conditions
RETURN s.id AS subjectId, s.kind AS subjectKind, s.name AS subjectName, type(t) AS type,
  c.id AS conditionId, properties(t) AS props
ORDER BY subjectId, conditionId`;

/** The classes a drug belongs to, transitively (ibuprofen gel -> ibuprofen -> NSAIDs). */
export const DRUG_CLASSES = `
MATCH (d:Drug)-[:BELONGS_TO_CLASS*1..3]->(k:Drug)
WHERE d.id IN $ids
RETURN d.id AS drugId, collect(DISTINCT k.id) AS classes
ORDER BY drugId`;

/** Safety statements about the given subjects, each with the source that makes it. */
export const SAFETY_STATEMENTS = `
MATCH (s:Entity)-[e:HAS_SAFETY]->(src:Source)
WHERE s.id IN $ids
RETURN s.id AS subjectId, src.id AS sourceId, src.sourceKind AS sourceKind, properties(e) AS props
ORDER BY subjectId, sourceId, props.weekFrom`;
