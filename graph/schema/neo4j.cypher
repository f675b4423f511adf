// Constraints and indexes for Neo4j 5. Run by `pnpm graph:load` before the data; each is idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
// Teaching paths: unique ids (each constraint brings its index), and the list's sort key.
CREATE CONSTRAINT teaching_path_id IF NOT EXISTS FOR (p:TeachingPath) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT teaching_step_id IF NOT EXISTS FOR (s:TeachingStep) REQUIRE s.id IS UNIQUE;
CREATE INDEX teaching_path_updated IF NOT EXISTS FOR (p:TeachingPath) ON (p.updatedAt);
