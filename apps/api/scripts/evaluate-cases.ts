/**
 * Runs the clinical cases in graph/cases through the production differential (the function the
 * GraphQL `differential` resolver calls) on the curated graph in an in-memory embedded store, and
 * reports per file: top-1, top-3, red-flag recall, false alarms on benign controls, don't-miss
 * recall, a reliability table and one line per case. See docs/clinical-evaluation.md.
 *
 * Usage: node --import tsx scripts/evaluate-cases.ts [--file <path>]... [--held-out] [--json]
 * (`pnpm cases` from the repo root). Without `--file` it runs the development cases only: the
 * held-out file is for the final report (`--held-out` adds it), so nobody tuning the engine or the
 * graph sees its results. Paths are relative to the repo root. Exit code 1 when a case
 * file or the graph does not validate or an option is wrong; the figures themselves never fail it.
 */
import { readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import {
  createEmbeddedRunner,
  createGraphStore,
  DEFAULT_GRAPH_DIR,
  ensureGraphLoaded,
  REPO_ROOT,
} from "@bpx/graph-store";
import { CaseFileError, readCaseFile } from "./cases/case-file";
import { evaluateCases } from "./cases/evaluate";
import { summarise } from "./cases/metrics";
import { formatReport } from "./cases/report";

const CASES_DIR = join(DEFAULT_GRAPH_DIR, "cases");

function parseArgs(argv: readonly string[]): { files: string[]; json: boolean; heldOut: boolean } {
  const files: string[] = [];
  let json = false;
  let heldOut = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") continue; // pnpm passes it through from `pnpm cases -- --json`
    if (arg === "--json") json = true;
    else if (arg === "--held-out") heldOut = true;
    else if (arg === "--file") {
      const path = argv[++i];
      if (!path) throw new Error("--file needs a path");
      files.push(isAbsolute(path) ? path : resolve(REPO_ROOT, path));
    } else throw new Error(`unknown option "${arg}"; use --file <path>, --held-out and --json`);
  }
  return { files, json, heldOut };
}

const HELD_OUT = "held-out.yaml";

async function defaultFiles(heldOut: boolean): Promise<string[]> {
  const names = (await readdir(CASES_DIR))
    .filter((n) => /\.ya?ml$/.test(n) && (heldOut || n !== HELD_OUT))
    .sort();
  return names.map((n) => join(CASES_DIR, n));
}

async function main(): Promise<void> {
  const { files: asked, json, heldOut } = parseArgs(process.argv.slice(2));
  const files = asked.length > 0 ? asked : await defaultFiles(heldOut);
  const caseFiles = await Promise.all(files.map(readCaseFile));
  const store = createGraphStore(createEmbeddedRunner());
  try {
    await ensureGraphLoaded(store, DEFAULT_GRAPH_DIR);
    const reports = [];
    for (const file of caseFiles) {
      const outcomes = await evaluateCases(store, file.cases);
      reports.push({ path: relative(REPO_ROOT, file.path), outcomes, summary: summarise(outcomes) });
    }
    if (json) {
      const plain = reports.map(({ path, outcomes, summary }) => ({
        file: path,
        summary,
        cases: outcomes.map(({ case: c, ...rest }) => ({
          id: c.id,
          title: c.title,
          control: c.control,
          week: c.week,
          expected: c.expected,
          urgency: c.urgency,
          ...rest,
        })),
      }));
      console.log(JSON.stringify({ files: plain }, null, 2));
    } else {
      for (const r of reports) console.log(formatReport(r.path, r.outcomes, r.summary));
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CaseFileError || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
