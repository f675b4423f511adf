import { KIND_LABELS, type KindLabel, RELATION_TYPE_NAMES, type RelationType } from "@bpx/domain";
import * as api from "./queries-api";
import * as differential from "./queries-differential";
import * as paths from "./queries-paths";
import * as search from "./search/queries-search";
import * as snapshot from "./snapshot/queries-snapshot";

/**
 * Every Cypher statement the store runs. The same text runs on Neo4j and on Grafeo; the lint test
 * checks each one with Neo4j's own front end and the contract suite executes each one on both.
 * Labels and relationship types cannot be parameters in Cypher, so the per-label and per-type
 * statements are generated here, once, from the domain's closed lists.
 */

export const PING = "RETURN 1 AS ok";

export const COUNT_ENTITIES = "MATCH (n:Entity) RETURN count(n) AS count";

export const GET_NODES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.*} AS node";

/**
 * Nodes that absorbed any of the given ids in a merge (renal colic into urolithiasis). Run only
 * for ids GET_NODES did not find, so ordinary lookups keep using the id index.
 */
export const GET_NODES_BY_FORMER_ID =
  "MATCH (n:Entity) WHERE any(f IN n.formerIds WHERE f IN $ids) RETURN n {.*} AS node";

/** One breadth-first step: the neighbours of a frontier, optionally of some kinds only. */
export const NEIGHBOURS = `
MATCH (s:Entity)-[]-(m:Entity)
WHERE s.id IN $frontier AND ($kinds IS NULL OR m.kind IN $kinds)
RETURN DISTINCT m.id AS id, m.kind AS kind
ORDER BY id
LIMIT $limit`;

/** The relationships among a set of nodes (the induced subgraph). */
export const EDGES_AMONG = `
MATCH (a:Entity)-[e]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN e.id AS id, type(e) AS type, a.id AS source, b.id AS target, properties(e) AS props
ORDER BY id`;

export const COUNT_BY_KIND = `
MATCH (n:Entity)
RETURN n.kind AS kind, count(n) AS count
ORDER BY kind`;

export const COUNT_BY_RELATION = `
MATCH (:Entity)-[e]->(:Entity)
RETURN type(e) AS type, count(e) AS count
ORDER BY type`;

/**
 * Removes entities no longer in the curated files, so a reload mirrors the files exactly. Every
 * load stamps what it writes; whatever lacks this load's stamp is stale. (Comparing against a list
 * of all ids instead costs O(n x ids): hours on a two-million-edge graph.)
 */
export const DELETE_STALE_NODES = `
MATCH (n:Entity)
WHERE n.loadStamp IS NULL OR n.loadStamp <> $stamp
DETACH DELETE n`;

/** The marker written last by a load: its absence means the graph was never fully loaded. */
export const GET_META =
  "MATCH (m:Meta {key: 'graph'}) RETURN m.contentHash AS contentHash, m.loadedAt AS loadedAt";

export const SET_META = `
MERGE (m:Meta {key: 'graph'})
SET m.contentHash = $contentHash, m.loadedAt = $loadedAt`;

export const DELETE_STALE_EDGES = `
MATCH (:Entity)-[e]->(:Entity)
WHERE e.loadStamp IS NULL OR e.loadStamp <> $stamp
DELETE e`;

export const UPSERT_RED_FLAGS = `
UNWIND $rows AS row
MERGE (r:RedFlag {id: row.id})
SET r += row.props, r.loadStamp = $stamp`;

export const DELETE_STALE_RED_FLAGS = `
MATCH (r:RedFlag)
WHERE r.loadStamp IS NULL OR r.loadStamp <> $stamp
DELETE r`;

export const GET_RED_FLAGS = "MATCH (r:RedFlag) RETURN r {.*} AS flag ORDER BY r.id";

function upsertNodes(label: KindLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props, n.loadStamp = $stamp
SET n:${label}`;
}

function upsertEdges(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[e:${type} {id: row.id}]->(b)
SET e += row.props, e.loadStamp = $stamp`;
}

export const UPSERT_NODES = Object.fromEntries(
  Object.values(KIND_LABELS).map((label) => [label, upsertNodes(label)]),
) as Record<KindLabel, string>;

export const UPSERT_EDGES = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [type, upsertEdges(type)]),
) as Record<RelationType, string>;

/** Every shared statement with its name, for the lint and contract tests. */
export const ALL_QUERIES: Readonly<Record<string, string>> = {
  ...differential,
  ...snapshot,
  ...paths,
  ...api,
  ...search,
  PING,
  COUNT_ENTITIES,
  GET_NODES,
  GET_NODES_BY_FORMER_ID,
  NEIGHBOURS,
  EDGES_AMONG,
  COUNT_BY_KIND,
  COUNT_BY_RELATION,
  DELETE_STALE_NODES,
  DELETE_STALE_EDGES,
  GET_META,
  SET_META,
  UPSERT_RED_FLAGS,
  DELETE_STALE_RED_FLAGS,
  GET_RED_FLAGS,
  ...Object.fromEntries(Object.entries(UPSERT_NODES).map(([k, q]) => [`UPSERT_NODES.${k}`, q])),
  ...Object.fromEntries(Object.entries(UPSERT_EDGES).map(([k, q]) => [`UPSERT_EDGES.${k}`, q])),
};
