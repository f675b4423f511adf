// Constraints and indexes for Neo4j 5. Run by `pnpm graph:load` before the data; each is idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE CONSTRAINT red_flag_id IF NOT EXISTS FOR (r:RedFlag) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
// Full-text (Lucene) search, queried with db.index.fulltext.queryNodes('entity_text', ...). It
// indexes the analysed forms the loader writes (searchName, searchAliases with the lay name,
// searchSummary: the output of the project's analysis, `toTerms` in @bpx/domain: spelling folded,
// synonyms rewritten, stems), so the whitespace analyzer is the fitting one: Lucene must not
// analyse again, and the query side (`toLuceneQuery`) sends terms analysed the same way.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchName, n.searchAliases, n.searchSummary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
// The index before it (names and aliases as written, standard analyzer), replaced by entity_text.
DROP INDEX entity_search IF EXISTS;
// Teaching paths: unique ids (each constraint brings its index), and the list's sort key.
CREATE CONSTRAINT teaching_path_id IF NOT EXISTS FOR (p:TeachingPath) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT teaching_step_id IF NOT EXISTS FOR (s:TeachingStep) REQUIRE s.id IS UNIQUE;
CREATE INDEX teaching_path_updated IF NOT EXISTS FOR (p:TeachingPath) ON (p.updatedAt);
