import { readTeachingPathContent } from "./parse";
import { checkTeachingPathContent } from "./rules";
import type { ContentIssue, TeachingPath, TeachingPathContent, TeachingStepContent } from "./types";

/** The export format's name and version; a document declares both. */
export const TEACHING_PATH_FORMAT = "bpx.teaching-path";
export const TEACHING_PATH_FORMAT_VERSION = 1;

/** One step as exported: optional fields are left out rather than null. */
export interface TeachingPathDocumentStep {
  nodeId?: string;
  edgeId?: string;
  case?: { present: string[]; absent: string[]; gestationalWeek?: number };
  annotation: string;
  question?: string;
  answer?: string;
}

/** An exported path (format `bpx.teaching-path`, version 1). `origin` is informational only. */
export interface TeachingPathDocument {
  format: typeof TEACHING_PATH_FORMAT;
  version: typeof TEACHING_PATH_FORMAT_VERSION;
  origin?: { id: string; author: string; exportedAt: string };
  path: { title: string; summary: string; audience: string; steps: TeachingPathDocumentStep[] };
}

function toDocumentStep(step: TeachingStepContent): TeachingPathDocumentStep {
  // Absent fields are undefined, which JSON leaves out: the same content always exports the same text.
  const c = step.case;
  return {
    nodeId: step.nodeId ?? undefined,
    edgeId: step.edgeId ?? undefined,
    case: c
      ? { present: [...c.present], absent: [...c.absent], gestationalWeek: c.gestationalWeek ?? undefined }
      : undefined,
    annotation: step.annotation,
    question: step.question ?? undefined,
    answer: step.answer ?? undefined,
  };
}

/** Exports a stored path: its content, plus where it came from. */
export function toTeachingPathDocument(path: TeachingPath, exportedAt: string): TeachingPathDocument {
  return {
    format: TEACHING_PATH_FORMAT,
    version: TEACHING_PATH_FORMAT_VERSION,
    origin: { id: path.id, author: path.author, exportedAt },
    path: {
      title: path.title,
      summary: path.summary,
      audience: path.audience,
      steps: path.steps.map(toDocumentStep),
    },
  };
}

/**
 * Reads an exported document back into content, checking the format, its version, the shapes and
 * the content rules (not the graph references: those need the store). Fields in issues are paths
 * into the document, e.g. `path.steps[2].annotation`.
 */
export function parseTeachingPathDocument(
  value: unknown,
): { ok: true; content: TeachingPathContent } | { ok: false; issues: ContentIssue[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ field: "document", message: "The document must be a JSON object." }] };
  }
  const doc = value as Record<string, unknown>;
  if (doc.format !== TEACHING_PATH_FORMAT) {
    return { ok: false, issues: [{ field: "format", message: `format must be "${TEACHING_PATH_FORMAT}".` }] };
  }
  if (doc.version !== TEACHING_PATH_FORMAT_VERSION) {
    const message = `version ${JSON.stringify(doc.version)} is not supported; this server reads version ${TEACHING_PATH_FORMAT_VERSION}.`;
    return { ok: false, issues: [{ field: "version", message }] };
  }
  const unknown = Object.keys(doc).filter((k) => !["format", "version", "origin", "path"].includes(k));
  if (unknown.length > 0) {
    return { ok: false, issues: unknown.map((k) => ({ field: k, message: `${k} is not a known field.` })) };
  }
  const { content, issues } = readTeachingPathContent(doc.path, "path");
  const all = [...issues, ...checkTeachingPathContent(content, { prefix: "path" })];
  return all.length > 0 ? { ok: false, issues: all } : { ok: true, content };
}
