import type { SafetyLevel } from "../scales";
import { assessSafety } from "./assess-safety";
import { compareDescending, compareStrings } from "./compare";
import type {
  Candidate,
  DiagnosticFacts,
  DifferentialKnowledge,
  SafetyAssessment,
  SuggestedDiagnostic,
} from "./types";

/** Levels that must never reach the clinician without a warning. */
const WARNED: ReadonlySet<SafetyLevel> = new Set<SafetyLevel>(["AVOID", "CONTRAINDICATED", "CONFLICTING"]);

/** For each level, the levels an alternative must have to count as safer. */
const SAFER_THAN: Readonly<Record<SafetyLevel, readonly SafetyLevel[]>> = {
  ALLOWED: [],
  CAUTION: ["ALLOWED"],
  AVOID: ["ALLOWED", "CAUTION"],
  CONTRAINDICATED: ["ALLOWED", "CAUTION"],
  CONFLICTING: ["ALLOWED", "CAUTION"],
  UNKNOWN: ["ALLOWED", "CAUTION"],
};

function atWeek(week: number | undefined): string {
  return week === undefined ? "in pregnancy (week not given)" : `at week ${week}`;
}

function toWarning(
  name: string,
  safety: SafetyAssessment,
  week: number | undefined,
  alternatives: readonly string[],
  nameOf: (id: string) => string,
): string | null {
  if (!WARNED.has(safety.level)) return null;
  // The warning names the sources the headline is read from: the counted ones of the top rank.
  const top = safety.statements.filter((s) => s.counted && s.sourceRank === safety.headlineRank);
  const cite = (s: SafetyAssessment["statements"][number]) => nameOf(s.sourceId);
  const said =
    safety.level === "CONFLICTING"
      ? `sources of the same rank disagree ${atWeek(week)} (${top.map((s) => `${cite(s)}, ${s.sourceKind}: ${s.level}`).join("; ")})`
      : `${safety.level.toLowerCase()} ${atWeek(week)} per ${[...new Set(top.filter((s) => s.level === safety.level).map(cite))].join(", ")}`;
  const consider = alternatives.length > 0 ? `; consider ${alternatives.map(nameOf).join(" or ")}` : "";
  return `${name}: ${said}${consider}`;
}

/**
 * The diagnostics that evaluate any leading candidate, by usefulness (the probability mass of the
 * leaders each evaluates) then id. Each carries its safety at the week, a warning whenever it is
 * AVOID, CONTRAINDICATED or CONFLICTING, and the safer tests (ALTERNATIVE_TO either way, or any
 * test evaluating one of the same leaders) that are ALLOWED or CAUTION.
 */
export function suggestDiagnostics(
  knowledge: DifferentialKnowledge,
  leaders: readonly Candidate[],
  week: number | undefined,
): SuggestedDiagnostic[] {
  const probabilityOf = new Map(leaders.map((leader) => [leader.conditionId, leader.probability]));
  const safetyCache = new Map<string, SafetyAssessment>();
  const safetyOf = (id: string): SafetyAssessment => {
    const cached = safetyCache.get(id) ?? assessSafety(knowledge.safety, id, week, knowledge.drugClasses);
    safetyCache.set(id, cached);
    return cached;
  };
  const diagnostics = [...knowledge.diagnostics].sort((a, b) => compareStrings(a.id, b.id));
  const nameOf = (id: string): string =>
    knowledge.names[id] ?? diagnostics.find((diagnostic) => diagnostic.id === id)?.name ?? id;
  const leaderIds = leaders.map((l) => l.conditionId);
  // The leaders each diagnostic evaluates, in rank order, worked out once per diagnostic.
  const evaluatedBy = new Map<DiagnosticFacts, string[]>();
  for (const diagnostic of diagnostics) {
    const evaluated = leaderIds.filter((id) => diagnostic.evaluates.some((e) => e.conditionId === id));
    if (evaluated.length > 0) evaluatedBy.set(diagnostic, evaluated);
  }
  const evaluatedLeaders = (diagnostic: DiagnosticFacts): string[] => evaluatedBy.get(diagnostic) ?? [];

  const relevant = diagnostics.filter((diagnostic) => evaluatedBy.has(diagnostic));
  const suggestions = relevant.map((diagnostic): SuggestedDiagnostic => {
    const evaluates = evaluatedLeaders(diagnostic);
    const safety = safetyOf(diagnostic.id);
    const peers = relevant
      .filter((other) => evaluatedLeaders(other).some((id) => evaluates.includes(id)))
      .map((other) => other.id);
    const safer = SAFER_THAN[safety.level];
    const saferAlternatives = [...new Set([...diagnostic.alternatives, ...peers])]
      .filter((id) => id !== diagnostic.id && safer.includes(safetyOf(id).level))
      .sort(
        (a, b) => safer.indexOf(safetyOf(a).level) - safer.indexOf(safetyOf(b).level) || compareStrings(a, b),
      );
    return {
      diagnosticId: diagnostic.id,
      diagnosticName: diagnostic.name,
      usefulness: evaluates.reduce((sum, id) => sum + (probabilityOf.get(id) ?? 0), 0),
      evaluates,
      safety,
      warning: toWarning(diagnostic.name, safety, week, saferAlternatives, nameOf),
      saferAlternatives,
    };
  });
  return suggestions.sort(
    (a, b) => compareDescending(a.usefulness, b.usefulness) || compareStrings(a.diagnosticId, b.diagnosticId),
  );
}
