import { SAFETY_LEVELS, type SafetyLevel, type SourceRank } from "../scales";
import { compareStrings } from "./compare";
import type {
  AssessedStatement,
  SafetyAssessment,
  SafetyStatement,
  SourceVerdict,
  StatedLevel,
} from "./types";

/** Stated levels from the least to the most restrictive. */
export const RESTRICTIVENESS: readonly StatedLevel[] = ["ALLOWED", "CAUTION", "AVOID", "CONTRAINDICATED"];

/** Levels at which a clinician may still use the thing; AVOID and CONTRAINDICATED are not usable. */
export const USABLE_LEVELS: ReadonlySet<SafetyLevel> = new Set<SafetyLevel>(["ALLOWED", "CAUTION"]);

function mostRestrictive(levels: Iterable<StatedLevel>): StatedLevel {
  let worst: StatedLevel = "ALLOWED";
  for (const level of levels) {
    if (RESTRICTIVENESS.indexOf(level) > RESTRICTIVENESS.indexOf(worst)) worst = level;
  }
  return worst;
}

/**
 * How far each class is from the subject (the subject 0, its classes 1, their classes 2, ...),
 * breadth first so the nearest path wins; cycles in the data are tolerated.
 */
export function toClassDepths(subjectId: string, drugClasses: Record<string, string[]>): Map<string, number> {
  const depths = new Map<string, number>([[subjectId, 0]]);
  const queue = [subjectId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const classId of [...(drugClasses[id] ?? [])].sort(compareStrings)) {
      if (depths.has(classId)) continue;
      depths.set(classId, (depths.get(id) ?? 0) + 1);
      queue.push(classId);
    }
  }
  return depths;
}

/** The subject's classes, their classes, and so on, nearest first. */
export function toClassClosure(subjectId: string, drugClasses: Record<string, string[]>): string[] {
  return [...toClassDepths(subjectId, drugClasses).keys()].slice(1);
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

interface Applicable {
  statement: SafetyStatement;
  depth: number;
}

function compareApplicable(a: Applicable, b: Applicable): number {
  const x = a.statement;
  const y = b.statement;
  return (
    x.sourceRank - y.sourceRank ||
    a.depth - b.depth ||
    compareStrings(x.sourceId, y.sourceId) ||
    compareStrings(x.subjectId, y.subjectId) ||
    x.weekFrom - y.weekFrom ||
    x.weekTo - y.weekTo ||
    SAFETY_LEVELS.indexOf(x.level) - SAFETY_LEVELS.indexOf(y.level) ||
    compareStrings(x.evidence.quote, y.evidence.quote) ||
    compareStrings(x.note ?? "", y.note ?? "")
  );
}

/** Step 2: each source's most specific applicable statements, the most restrictive of those. */
function toVerdicts(applicable: readonly Applicable[]): Map<string, SourceVerdict & { depth: number }> {
  const verdicts = new Map<string, SourceVerdict & { depth: number }>();
  for (const { statement, depth } of applicable) {
    const current = verdicts.get(statement.sourceId);
    const replace =
      current === undefined ||
      depth < current.depth ||
      (depth === current.depth &&
        RESTRICTIVENESS.indexOf(statement.level) > RESTRICTIVENESS.indexOf(current.level));
    if (!replace) continue;
    verdicts.set(statement.sourceId, {
      sourceId: statement.sourceId,
      sourceKind: statement.sourceKind,
      sourceRank: statement.sourceRank,
      level: statement.level,
      aboutId: statement.subjectId,
      depth,
    });
  }
  return verdicts;
}

/** Step 3: the headline from the sources of the best rank. */
function toHeadline(verdicts: readonly SourceVerdict[]): { level: SafetyLevel; rank: SourceRank | null } {
  const [best] = verdicts;
  if (best === undefined) return { level: "UNKNOWN", rank: null };
  const top = verdicts.filter((v) => v.sourceRank === best.sourceRank).map((v) => v.level);
  const split = top.some((l) => USABLE_LEVELS.has(l)) && top.some((l) => !USABLE_LEVELS.has(l));
  return { level: split ? "CONFLICTING" : mostRestrictive(top), rank: best.sourceRank };
}

/**
 * The safety in pregnancy of a drug, diagnostic or intervention at a gestational week: the
 * headline algorithm of the package README.
 *
 * 1. Applicable: statements about the subject or any class it belongs to (transitively), whose
 *    [weekFrom, weekTo] contains the week (all of them when no week is given).
 * 2. Per source: its statements about the subject if any apply, else about the nearest class;
 *    of those, the most restrictive (ALLOWED < CAUTION < AVOID < CONTRAINDICATED).
 * 3. Headline: among the sources of the best rank, CONFLICTING if they split between usable
 *    (ALLOWED, CAUTION) and not usable (AVOID, CONTRAINDICATED), else the most restrictive.
 * 4. `conflict` when any two sources' verdicts differ; `dissent` lists the counted statements
 *    whose level differs from the headline. Every applicable statement is kept, by rank.
 */
export function assessSafety(
  statements: readonly SafetyStatement[],
  subjectId: string,
  week: number | undefined,
  drugClasses: Record<string, string[]>,
): SafetyAssessment {
  const index = bySubject(statements);
  const applicable = [...toClassDepths(subjectId, drugClasses)]
    .flatMap(([id, depth]) => (index.get(id) ?? []).map((statement) => ({ statement, depth })))
    .filter(({ statement: s }) => week === undefined || (s.weekFrom <= week && week <= s.weekTo))
    .sort(compareApplicable);
  const verdictMap = toVerdicts(applicable);
  const verdicts = [...verdictMap.values()]
    .sort((a, b) => a.sourceRank - b.sourceRank || compareStrings(a.sourceId, b.sourceId))
    .map(({ depth: _depth, ...verdict }): SourceVerdict => verdict);
  const headline = toHeadline(verdicts);
  const assessed = applicable.map(({ statement, depth }): AssessedStatement => {
    const verdict = verdictMap.get(statement.sourceId);
    const counted = verdict !== undefined && verdict.depth === depth && verdict.level === statement.level;
    const viaClassId = statement.subjectId === subjectId ? undefined : statement.subjectId;
    return { ...statement, ...(viaClassId ? { viaClassId } : {}), counted };
  });
  return {
    level: headline.level,
    conflict: new Set(verdicts.map((v) => v.level)).size > 1,
    headlineRank: headline.rank,
    statements: assessed,
    dissent: assessed.filter((s) => s.counted && s.level !== headline.level),
    verdicts,
  };
}
