import type { ContentIssue, TeachingCase, TeachingPathContent, TeachingStepContent } from "./types";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads untyped data (a parsed JSON document, a YAML seed file) into path content, checking only
 * shapes and types; the content rules (`checkTeachingPathContent`) run afterwards on the result.
 */
class Reader {
  readonly issues: ContentIssue[] = [];

  fail(field: string, message: string): undefined {
    this.issues.push({ field, message: `${field || "The path"} ${message}` });
    return undefined;
  }

  object(v: unknown, field: string, keys: readonly string[]): Obj | undefined {
    if (!isObj(v)) return this.fail(field, "must be an object.");
    for (const key of Object.keys(v)) {
      if (!keys.includes(key)) this.fail(field ? `${field}.${key}` : key, "is not a known field.");
    }
    return v;
  }

  string(v: unknown, field: string, fallback?: string): string | undefined {
    if (v === undefined && fallback !== undefined) return fallback;
    return typeof v === "string" ? v : this.fail(field, "must be a string.");
  }

  optionalString(v: unknown, field: string): string | null | undefined {
    return v === undefined || v === null ? null : this.string(v, field);
  }

  ids(v: unknown, field: string, fallback?: string[]): string[] | undefined {
    if (v === undefined && fallback) return fallback;
    if (!Array.isArray(v) || !v.every((id) => typeof id === "string")) {
      return this.fail(field, "must be a list of ids.");
    }
    return v;
  }
}

function readCase(r: Reader, v: unknown, field: string): TeachingCase | null {
  if (v === undefined || v === null) return null;
  const o = r.object(v, field, ["present", "absent", "gestationalWeek"]);
  if (!o) return null;
  const week = o.gestationalWeek ?? null;
  if (week !== null && typeof week !== "number") r.fail(`${field}.gestationalWeek`, "must be a number.");
  return {
    present: r.ids(o.present, `${field}.present`) ?? [],
    absent: r.ids(o.absent, `${field}.absent`, []) ?? [],
    gestationalWeek: typeof week === "number" ? week : null,
  };
}

function readStep(r: Reader, v: unknown, field: string): TeachingStepContent {
  const o = r.object(v, field, ["nodeId", "edgeId", "case", "annotation", "question", "answer"]) ?? {};
  return {
    nodeId: r.optionalString(o.nodeId, `${field}.nodeId`) ?? null,
    edgeId: r.optionalString(o.edgeId, `${field}.edgeId`) ?? null,
    case: readCase(r, o.case, `${field}.case`),
    annotation: r.string(o.annotation, `${field}.annotation`, "") ?? "",
    question: r.optionalString(o.question, `${field}.question`) ?? null,
    answer: r.optionalString(o.answer, `${field}.answer`) ?? null,
  };
}

/**
 * Reads path content from untyped data. `extraKeys` are keys the caller reads itself (a seed
 * file's id and author); any other unknown key is an issue, so a typo never passes silently.
 */
export function readTeachingPathContent(
  value: unknown,
  prefix = "",
  extraKeys: readonly string[] = [],
): { content: TeachingPathContent; issues: ContentIssue[] } {
  const r = new Reader();
  const f = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const o = r.object(value, prefix, ["title", "summary", "audience", "steps", ...extraKeys]) ?? {};
  const steps = o.steps ?? [];
  if (!Array.isArray(steps)) r.fail(f("steps"), "must be a list.");
  const content: TeachingPathContent = {
    title: r.string(o.title, f("title")) ?? "",
    summary: r.string(o.summary, f("summary"), "") ?? "",
    audience: r.string(o.audience, f("audience"), "") ?? "",
    steps: Array.isArray(steps) ? steps.map((s, i) => readStep(r, s, `${f("steps")}[${i}]`)) : [],
  };
  return { content, issues: r.issues };
}
