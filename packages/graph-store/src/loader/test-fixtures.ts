import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphValidationError, readGraph } from "./index";

/** Small curated graphs written to a temporary folder, for the loader tests. */

export const SOURCES = `sources:
  - id: seed-x
    title: A source with text
    kind: consumer-article
    file: x.txt
  - id: regulator-x
    title: A regulator
    kind: regulator
    body: Agency
    document: A safety communication
    date: "2020-01-01"
    citation: Agency, 1 Jan 2020
`;

/** One prior per condition of the fixtures below (the validator requires it). */
export const PRIORS = `priors:
  - condition: cond-a
    value: 0.2
    basis: A test value.
    evidence:
      - source: regulator-x
        statement: A summary.
`;

export async function graphWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bpx-graph-"));
  await mkdir(join(dir, "knowledge"));
  for (const [name, text] of Object.entries({ "sources.yaml": SOURCES, "priors.yaml": PRIORS, ...files })) {
    await writeFile(join(dir, "knowledge", name), text);
  }
  return dir;
}

export async function issuesOf(dir: string): Promise<string[]> {
  try {
    await readGraph(dir);
  } catch (error) {
    if (error instanceof GraphValidationError)
      return error.issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
    throw error;
  }
  return [];
}

export const CONDITION = `conditions:
  - id: cond-a
    name: Condition A
    category: kidney
    urgency: urgent
    prevalence: common
findings:
  - id: finding-a
    name: Finding A
    type: sign
`;
