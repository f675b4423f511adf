import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { searchFingerprint } from "../search/search-fields";
import { type GraphBundle, GraphValidationError } from "./bundle";
import { readKnowledgeFiles } from "./read";
import { buildBundle } from "./validate";

export * from "./bundle";

/**
 * Reads, validates and flattens the curated graph under `graphDir/knowledge`. Throws a
 * GraphValidationError listing every problem with its file and line; nothing is half-read.
 */
export async function readGraph(graphDir: string): Promise<GraphBundle> {
  const { files, issues, contentHash } = await readKnowledgeFiles(join(graphDir, "knowledge"), graphDir);
  const built = buildBundle(files, contentHash);
  const all = [...issues, ...built.issues];
  if (all.length > 0) throw new GraphValidationError(all);
  // The analysis of names for search is part of what is loaded (Neo4j stores analysed forms).
  const hash = createHash("sha256").update(contentHash).update(searchFingerprint(built.bundle.nodes));
  return { ...built.bundle, contentHash: hash.digest("hex").slice(0, 16) };
}

/** The per-engine schema statements (constraints, indexes) from `graph/schema/<engine>.cypher`. */
export async function readSchemaStatements(
  graphDir: string,
  engine: "neo4j" | "embedded",
): Promise<string[]> {
  const text = await readFile(
    join(graphDir, "schema", `${engine === "neo4j" ? "neo4j" : "grafeo"}.cypher`),
    "utf8",
  );
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
export { normaliseForQuote, type QuoteProblem, verifyQuotes } from "./quotes";
