import { isValidWeek, type NodeKind, type SafetyLevel } from "@bpx/domain";
import { compareText } from "../shared/format";

/** What the safety checker is asked: a drug, test or measure, and a week (or the whole pregnancy). */
export interface SafetyCheckState {
  subject: string | null;
  week: number | null;
}

/** The kinds a safety verdict is stated for. */
export const SAFETY_KINDS: readonly NodeKind[] = ["DRUG", "DIAGNOSTIC", "INTERVENTION"];

export function hasSafety(kind: NodeKind): boolean {
  return SAFETY_KINDS.includes(kind);
}

const MAX_ID_LENGTH = 200;

/** A whole week 1-42, or null: a week outside the range is never replaced by a nearby one. */
export function readWeekParam(raw: string | null): number | null {
  if (raw === null || !/^\d{1,2}$/.test(raw.trim())) return null;
  const week = Number(raw.trim());
  return isValidWeek(week) ? week : null;
}

/** Reads `?subject=ibuprofen&week=24`, ignoring anything malformed. */
export function readSafetyCheckState(params: Pick<URLSearchParams, "get">): SafetyCheckState {
  const subject = params.get("subject")?.trim() ?? "";
  return {
    subject: subject.length > 0 && subject.length <= MAX_ID_LENGTH ? subject : null,
    week: readWeekParam(params.get("week")),
  };
}

/** The query string of a check, so it can be linked and printed: `?subject=ibuprofen&week=24`. */
export function toSafetyCheckSearch({ subject, week }: SafetyCheckState): string {
  const params = new URLSearchParams();
  if (subject !== null) params.set("subject", subject);
  if (week !== null) params.set("week", String(week));
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}

/** The checker's address for a subject at a week, e.g. from the explorer's search. */
export function toSafetyCheckHref(subject: string, week: number | null): string {
  return `/safety${toSafetyCheckSearch({ subject, week })}`;
}

/** Usable levels, most permissive first; the rest (and CONFLICTING, UNKNOWN) are not usable. */
const USABLE: readonly SafetyLevel[] = ["ALLOWED", "CAUTION"];

/**
 * True when `other` is a safer choice than a subject at `subject`: allowed beats caution, and any
 * usable level beats a level that is not (avoid, contraindicated, conflicting, not rated).
 * Nothing is safer than allowed, and an unrated alternative is never offered as safer.
 */
export function isSaferThan(other: SafetyLevel, subject: SafetyLevel): boolean {
  const otherIndex = USABLE.indexOf(other);
  if (otherIndex < 0) return false;
  const subjectIndex = USABLE.indexOf(subject);
  return subjectIndex < 0 || otherIndex < subjectIndex;
}

/** Relationship types that say what a drug or measure is for, and what a test looks for. */
const USE_TYPES: Readonly<Record<string, "treatment" | "test">> = {
  TREATS: "treatment",
  RELIEVES: "treatment",
  PREVENTS: "treatment",
  EVALUATES: "test",
  DETECTS: "test",
};

export interface AlternativeNode {
  id: string;
  kind: NodeKind;
  name: string;
  safety?: { level: SafetyLevel } | null;
}

export interface AlternativeEdge {
  type: string;
  source: string;
  target: string;
}

/** A safer alternative and why the graph offers it, in the graph's own words. */
export interface SaferAlternative {
  id: string;
  name: string;
  level: SafetyLevel;
  /** "alternative to Ibuprofen (oral)", "alternative to its class NSAIDs", "also relieves Low back pain". */
  reasons: string[];
}

const USE_VERBS: Readonly<Record<string, string>> = {
  TREATS: "also treats",
  RELIEVES: "also relieves",
  PREVENTS: "also prevents",
  EVALUATES: "also evaluates",
  DETECTS: "also detects",
};

/**
 * Safer alternatives read from the graph's own relationships, never invented: nodes linked by
 * ALTERNATIVE_TO to the subject or to a class it BELONGS_TO_CLASS, and drugs, measures or tests
 * with the same use (TREATS, RELIEVES, PREVENTS; EVALUATES, DETECTS) of a condition or finding
 * the subject is used for; each kept only when its verdict at the week is safer (`isSaferThan`).
 * Allowed first, then by name.
 */
export function toSaferAlternatives(
  subgraph: { nodes: readonly AlternativeNode[]; edges: readonly AlternativeEdge[] },
  subjectId: string,
  subjectLevel: SafetyLevel,
): SaferAlternative[] {
  const byId = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const subject = byId.get(subjectId);
  if (!subject) return [];
  const classes = subgraph.edges
    .filter((edge) => edge.type === "BELONGS_TO_CLASS" && edge.source === subjectId)
    .map((edge) => edge.target);
  const reasons = new Map<string, string[]>();
  const add = (id: string, reason: string) => {
    if (id === subjectId || classes.includes(id)) return;
    const list = reasons.get(id) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(id, list);
  };

  for (const edge of subgraph.edges) {
    if (edge.type !== "ALTERNATIVE_TO") continue;
    for (const [self, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      if (self === subjectId) add(other, `alternative to ${subject.name}`);
      else if (classes.includes(self)) add(other, `alternative to its class ${byId.get(self)?.name ?? self}`);
    }
  }

  const uses = subgraph.edges.filter(
    (edge) => edge.source === subjectId && USE_TYPES[edge.type] !== undefined,
  );
  for (const use of uses) {
    const target = byId.get(use.target);
    if (!target) continue;
    for (const edge of subgraph.edges) {
      if (edge.target !== use.target || USE_TYPES[edge.type] !== USE_TYPES[use.type]) continue;
      add(edge.source, `${USE_VERBS[edge.type]} ${target.name}`);
    }
  }

  const alternatives: SaferAlternative[] = [];
  for (const [id, why] of reasons) {
    const node = byId.get(id);
    const level = node?.safety?.level;
    if (!node || level === undefined || !hasSafety(node.kind) || !isSaferThan(level, subjectLevel)) continue;
    alternatives.push({ id, name: node.name, level, reasons: why });
  }
  return alternatives.sort(
    (a, b) => USABLE.indexOf(a.level) - USABLE.indexOf(b.level) || compareText(a.name, b.name),
  );
}
