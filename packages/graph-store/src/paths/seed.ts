import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type ContentIssue,
  checkTeachingPathContent,
  checkTeachingPathRefs,
  type NodeKind,
  readTeachingPathContent,
  type TeachingPathContent,
} from "@bpx/domain";
import { LineCounter, parseDocument } from "yaml";
import { type GraphBundle, GraphValidationError, type ValidationIssue } from "../loader/bundle";
import type { GraphStore } from "../store";

/** A published path shipped with the graph, from `graph/paths/<id>.yaml`. */
export interface SeedPath {
  id: string;
  author: string;
  content: TeachingPathContent;
  file: string;
}

const SEED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DEFAULT_AUTHOR = "The explorer's curators";

/** `steps[3].nodeId` -> ["steps", 3, "nodeId"], to find the line of an issue in the YAML. */
const toYamlPath = (field: string) =>
  field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Reads and checks the seeded teaching paths: shapes, content rules (as for a published path) and
 * that every step names a node, relationship and finding of `bundle`. Throws a
 * GraphValidationError with file and line for every problem; a missing folder means no seeds.
 */
export async function readSeedPaths(graphDir: string, bundle: GraphBundle): Promise<SeedPath[]> {
  const dir = join(graphDir, "paths");
  const names = await readdir(dir).catch(() => [] as string[]);
  const kinds = new Map<string, NodeKind>(bundle.nodes.map((n) => [n.id, n.kind]));
  const edges = new Set(bundle.edges.map((e) => e.props.id));
  const graph = { nodeKind: (id: string) => kinds.get(id), hasEdge: (id: string) => edges.has(id) };
  const seeds: SeedPath[] = [];
  const problems: ValidationIssue[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = join("paths", name);
    const counter = new LineCounter();
    const doc = parseDocument(await readFile(join(dir, name), "utf8"), { lineCounter: counter });
    const lineOf = (field: string) => {
      const node = doc.getIn(toYamlPath(field), true) as { range?: [number] } | undefined;
      return node?.range ? counter.linePos(node.range[0]).line : 1;
    };
    const report = (issues: ContentIssue[]) =>
      problems.push(...issues.map((i) => ({ file, line: lineOf(i.field), message: i.message })));
    if (doc.errors.length > 0) {
      report(doc.errors.map((e) => ({ field: "", message: `YAML: ${e.message.split("\n")[0]}` })));
      continue;
    }
    const data = doc.toJS() as Record<string, unknown> | null;
    const { content, issues } = readTeachingPathContent(data, "", ["id", "author"]);
    const id = data?.id;
    if (typeof id !== "string" || !SEED_ID.test(id)) {
      issues.push({ field: "id", message: "id must be a kebab-case string." });
    }
    issues.push(...checkTeachingPathContent(content, { publishing: true }));
    issues.push(...checkTeachingPathRefs(content, graph));
    if (issues.length > 0 || typeof id !== "string") {
      report(issues);
      continue;
    }
    if (seeds.some((s) => s.id === id))
      report([{ field: "id", message: `id "${id}" is used by another file.` }]);
    const author = typeof data?.author === "string" ? data.author : DEFAULT_AUTHOR;
    seeds.push({ id, author, content, file });
  }
  if (problems.length > 0) throw new GraphValidationError(problems);
  return seeds;
}

/** The owner id of shipped paths. */
export const SEED_OWNER = "seed";

/**
 * Writes each seeded path, published, unless a path with its id already exists: an educator's
 * edits to a seeded path are never overwritten. Returns how many were written.
 */
export async function seedTeachingPaths(store: GraphStore, seeds: readonly SeedPath[]): Promise<number> {
  let written = 0;
  for (const seed of seeds) {
    const created = await store.paths.createIfAbsent({
      id: seed.id,
      author: seed.author,
      // Shipped paths belong to no educator: only admins change them (others duplicate them).
      ownerId: SEED_OWNER,
      content: seed.content,
      status: "published",
      action: "seed",
    });
    if (created) written++;
  }
  return written;
}
