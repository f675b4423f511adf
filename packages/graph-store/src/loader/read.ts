import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { type Document, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { type KnowledgeFile, knowledgeFileSchema } from "./schemas";

/**
 * The version of what a load derives and stores beside the curated fields (search terms, load
 * stamps, ...). It is part of the content hash, so a store loaded by an older loader is reloaded
 * at the next start even when the YAML has not changed. Bump it with every such change.
 */
export const STORED_FORMAT = 3;

/** A parsed curated file with a way to find the line of any path in it. */
export interface ParsedFile {
  file: string;
  data: KnowledgeFile;
  lineOf(path: readonly (string | number)[]): number;
}

export interface ReadIssue {
  file: string;
  line: number;
  message: string;
}

async function listYaml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function lineFinder(doc: Document, counter: LineCounter) {
  return (path: readonly (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

/**
 * Reads and schema-checks every YAML file under `dir`. Returns the files that parsed and the
 * issues (with file and line) of those that did not; cross-file checks happen in `validate.ts`.
 */
export async function readKnowledgeFiles(
  dir: string,
  root: string,
): Promise<{ files: ParsedFile[]; issues: ReadIssue[]; contentHash: string }> {
  const paths = await listYaml(dir);
  const hash = createHash("sha256").update(`format ${STORED_FORMAT}\0`);
  const files: ParsedFile[] = [];
  const issues: ReadIssue[] = [];
  for (const path of paths) {
    const file = relative(root, path);
    const text = await readFile(path, "utf8");
    hash.update(file).update("\0").update(text).update("\0");
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        issues.push({
          file,
          line: error.linePos?.[0].line ?? 1,
          message: `YAML: ${error.message.split("\n")[0]}`,
        });
      }
      continue;
    }
    const lineOf = lineFinder(doc, counter);
    const parsed = knowledgeFileSchema.safeParse(doc.toJS() ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({
          file,
          line: lineOf(issue.path as (string | number)[]),
          message: describeZodIssue(issue),
        });
      }
      continue;
    }
    files.push({ file, data: parsed.data, lineOf });
  }
  if (paths.length === 0)
    issues.push({ file: relative(root, dir) || ".", line: 1, message: "no .yaml files found" });
  return { files, issues, contentHash: hash.digest("hex").slice(0, 16) };
}
