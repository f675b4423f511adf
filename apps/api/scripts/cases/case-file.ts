import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";

/** The urgency a case expects at least: `none` means no red flag is called for. */
export const CASE_URGENCIES = ["none", "soon", "urgent", "emergency"] as const;
export type CaseUrgency = (typeof CASE_URGENCIES)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id");
const ids = z.array(id).refine((xs) => new Set(xs).size === xs.length, "lists an id twice");

const referenceSchema = z.strictObject({
  body: z.string().min(1),
  document: z.string().min(1),
  number: z.string().min(1).optional(),
  // "undated" is allowed and honest: the page read showed no date. Every case needs one dated reference.
  date: z.union([z.string().min(1), z.number()]).transform(String),
  kind: z.string().min(1),
});

const caseSchema = z
  .strictObject({
    id,
    title: z.string().min(10),
    category: z.string().min(1),
    control: z.boolean().default(false),
    citation: z.array(z.strictObject({ ref: id, section: z.string().min(1) })).min(1),
    basis: z.string().startsWith("Summary"),
    week: z.number().int().min(1).max(42).nullable(),
    present: ids.min(1),
    absent: ids.default([]),
    expected: id,
    alternatives: ids.default([]),
    urgency: z.enum(CASE_URGENCIES),
    dontMiss: ids.default([]),
  })
  .superRefine((c, ctx) => {
    const both = c.present.find((f) => c.absent.includes(f));
    if (both) ctx.addIssue({ code: "custom", message: `"${both}" is both present and absent` });
    if (c.alternatives.includes(c.expected))
      ctx.addIssue({ code: "custom", message: "alternatives repeat the expected condition" });
    if (c.control && (c.urgency === "urgent" || c.urgency === "emergency"))
      ctx.addIssue({ code: "custom", message: "a benign control cannot expect an urgent alarm" });
  });

const fileSchema = z.strictObject({
  references: z.record(id, referenceSchema),
  cases: z.array(caseSchema).min(1),
});

export type ClinicalCase = z.infer<typeof caseSchema>;
export type CaseReference = z.infer<typeof referenceSchema>;
export interface CaseFile {
  path: string;
  references: Record<string, CaseReference>;
  cases: ClinicalCase[];
}

/** A case file that does not follow the format; `problems` name the case and field. */
export class CaseFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
    this.name = "CaseFileError";
  }
}

/** Cross-case checks zod cannot express: unique ids, known references, a dated reference each. */
function crossCheck(data: z.infer<typeof fileSchema>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of data.cases) {
    if (seen.has(c.id)) problems.push(`${c.id}: case id used twice`);
    seen.add(c.id);
    const refs = c.citation.map((r) => ({ key: r.ref, ref: data.references[r.ref] }));
    for (const { key, ref } of refs)
      if (!ref) problems.push(`${c.id}: citation names unknown reference "${key}"`);
    if (!refs.some(({ ref }) => ref && ref.date !== "undated"))
      problems.push(`${c.id}: no cited reference carries a date`);
  }
  return problems;
}

/** Parses and checks a case file; throws CaseFileError listing every problem. */
export function parseCaseFile(path: string, text: string): CaseFile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new CaseFileError(path, [`not valid YAML: ${(error as Error).message}`]);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const describe = (issue: z.core.$ZodIssue) => {
      const [section, index, ...rest] = issue.path;
      const caseId =
        section === "cases" && typeof index === "number" && Array.isArray((raw as { cases?: unknown }).cases)
          ? ((raw as { cases: { id?: unknown }[] }).cases[index]?.id ?? `#${index}`)
          : undefined;
      const where = caseId === undefined ? issue.path.join(".") : [String(caseId), ...rest].join(".");
      return `${where}: ${issue.message}`;
    };
    throw new CaseFileError(path, parsed.error.issues.map(describe));
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new CaseFileError(path, problems);
  return { path, references: parsed.data.references, cases: parsed.data.cases };
}

export async function readCaseFile(path: string): Promise<CaseFile> {
  return parseCaseFile(path, await readFile(path, "utf8"));
}
