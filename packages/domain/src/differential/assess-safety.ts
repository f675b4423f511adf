import { SAFETY_LEVELS, SOURCE_KINDS, type SourceKind } from "../scales";
import { compareStrings } from "./compare";
import type { SafetyAssessment, SafetyStatement } from "./types";

/**
 * Display order of source kinds: regulators and guidelines first. It orders the statements for
 * reading only; it never decides the level.
 */
const SOURCE_KIND_ORDER: readonly SourceKind[] = [
  "regulator",
  "guideline",
  "trial",
  "textbook",
  "consumer-article",
];

function kindRank(kind: SourceKind): number {
  const rank = SOURCE_KIND_ORDER.indexOf(kind);
  return rank === -1 ? SOURCE_KINDS.length : rank;
}

/** The subject's classes, their classes, and so on; cycles in the data are tolerated. */
export function toClassClosure(subjectId: string, drugClasses: Record<string, string[]>): string[] {
  const seen = new Set<string>([subjectId]);
  const queue = [subjectId];
  const classes: string[] = [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const classId of drugClasses[id] ?? []) {
      if (seen.has(classId)) continue;
      seen.add(classId);
      classes.push(classId);
      queue.push(classId);
    }
  }
  return classes;
}

function compareStatements(a: SafetyStatement, b: SafetyStatement): number {
  return (
    kindRank(a.sourceKind) - kindRank(b.sourceKind) ||
    compareStrings(a.viaClassId ?? "", b.viaClassId ?? "") ||
    compareStrings(a.sourceId, b.sourceId) ||
    a.weekFrom - b.weekFrom ||
    a.weekTo - b.weekTo ||
    SAFETY_LEVELS.indexOf(a.level) - SAFETY_LEVELS.indexOf(b.level) ||
    compareStrings(a.evidence.quote, b.evidence.quote) ||
    compareStrings(a.note ?? "", b.note ?? "")
  );
}

/**
 * Statements by subject, built once per statements array: a differential assesses hundreds of
 * subjects against the same array, and scanning it for each cost O(subjects x statements).
 */
const bySubjectCache = new WeakMap<readonly SafetyStatement[], Map<string, SafetyStatement[]>>();

function bySubject(statements: readonly SafetyStatement[]): Map<string, SafetyStatement[]> {
  const cached = bySubjectCache.get(statements);
  if (cached) return cached;
  const index = new Map<string, SafetyStatement[]>();
  for (const statement of statements) {
    const list = index.get(statement.subjectId);
    if (list) list.push(statement);
    else index.set(statement.subjectId, [statement]);
  }
  bySubjectCache.set(statements, index);
  return index;
}

/**
 * The safety in pregnancy of a drug, diagnostic or intervention at a gestational week.
 *
 * Collects the statements about the subject and about every class it belongs to (transitively;
 * those are marked with `viaClassId`) whose [weekFrom, weekTo] contains the week, or all of them
 * when no week is given. No statement: UNKNOWN. All the same level: that level. Any disagreement:
 * CONFLICTING with every statement kept, whatever the kinds of source; the UI shows who says what.
 */
export function assessSafety(
  statements: readonly SafetyStatement[],
  subjectId: string,
  week: number | undefined,
  drugClasses: Record<string, string[]>,
): SafetyAssessment {
  const index = bySubject(statements);
  const applicable = [subjectId, ...toClassClosure(subjectId, drugClasses)]
    .flatMap((id) => index.get(id) ?? [])
    .filter((s) => week === undefined || (s.weekFrom <= week && week <= s.weekTo))
    .map((s): SafetyStatement => (s.subjectId === subjectId ? s : { ...s, viaClassId: s.subjectId }))
    .sort(compareStatements);
  const levels = new Set(applicable.map((s) => s.level));
  const [only] = levels;
  if (only === undefined) return { level: "UNKNOWN", statements: [] };
  return { level: levels.size === 1 ? only : "CONFLICTING", statements: applicable };
}
