// Constraints and indexes for Neo4j 5. Run by `pnpm graph:load` before the data; each is idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE CONSTRAINT red_flag_id IF NOT EXISTS FOR (r:RedFlag) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
// Full-text (Lucene) search over names and aliases (a list of strings), queried with
// db.index.fulltext.queryNodes('entity_search', ...). The analyzer keeps stop words: "no" and "not"
// carry meaning in clinical names ("no radiation"), and the standard English one would drop them.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// Teaching paths: unique ids (each constraint brings its index), and the list's sort key.
CREATE CONSTRAINT teaching_path_id IF NOT EXISTS FOR (p:TeachingPath) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT teaching_step_id IF NOT EXISTS FOR (s:TeachingStep) REQUIRE s.id IS UNIQUE;
CREATE INDEX teaching_path_updated IF NOT EXISTS FOR (p:TeachingPath) ON (p.updatedAt);
