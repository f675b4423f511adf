import {
  type DiagnosticFacts,
  type DifferentialKnowledge,
  type SafetyStatement,
  type SourceKind,
  type TreatmentLink,
  toSourceRank,
} from "@bpx/domain";
import { type RankingKnowledge, readRankingKnowledge } from "./differential-ranking";
import { toEvidence, toGraphNode } from "./mapping";
import {
  DIAGNOSTIC_ALTERNATIVES,
  DIAGNOSTIC_DETECTS,
  DIFF_DIAGNOSTICS,
  DIFF_TREATMENTS,
  DRUG_CLASSES,
  SAFETY_STATEMENTS,
} from "./queries-differential";
import type { CypherRunner, Row } from "./runner";

type Props = Record<string, unknown>;
const num = (v: unknown) => (typeof v === "number" ? v : undefined);
const evidenceOf = (p: Props) =>
  toEvidence(p.evidenceSources, p.evidenceQuotes, p.evidenceVerbatim, p.evidenceSections);

export function toSafetyStatement(row: Row): SafetyStatement | null {
  const p = (row.props ?? {}) as Props;
  const [evidence] = evidenceOf(p);
  if (!evidence) return null;
  return {
    subjectId: String(row.subjectId),
    level: p.level as SafetyStatement["level"],
    weekFrom: num(p.weekFrom) ?? 1,
    weekTo: num(p.weekTo) ?? 42,
    note: typeof p.note === "string" ? p.note : undefined,
    sourceId: String(row.sourceId),
    sourceKind: String(row.sourceKind) as SourceKind,
    sourceRank: toSourceRank(row.sourceKind),
    evidence,
  };
}

/**
 * Reads what safety assessments need for a set of subjects: their statements and those of the
 * classes they belong to. Two queries, whatever the number of subjects.
 */
export async function readSafety(runner: CypherRunner, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return { safety: [], drugClasses: {} };
  const classRows = await runner.run(DRUG_CLASSES, { ids: [...subjectIds] });
  const drugClasses: Record<string, string[]> = Object.fromEntries(
    classRows.map((row) => [String(row.drugId), (row.classes as unknown[]).map(String)]),
  );
  const ids = [...new Set([...subjectIds, ...Object.values(drugClasses).flat()])];
  const rows = await runner.run(SAFETY_STATEMENTS, { ids });
  return { safety: rows.flatMap((row) => toSafetyStatement(row) ?? []), drugClasses };
}

/** What the follow-up needs for the leaders: their tests, treatments and the safety of both. */
export type FollowUpKnowledge = Omit<DifferentialKnowledge, keyof RankingKnowledge> & {
  names: Record<string, string>;
};

/**
 * Follow-up knowledge for the leading conditions only, in six queries: the tests that evaluate
 * them, the drugs and measures linked to them, and the safety statements about all of those.
 * Reading it for every candidate instead cost seconds on a Hetionet-sized graph.
 */
export async function readFollowUpKnowledge(
  runner: CypherRunner,
  conditionIds: readonly string[],
): Promise<FollowUpKnowledge> {
  const names: Record<string, string> = {};
  const diagnosticRows = await runner.run(DIFF_DIAGNOSTICS, { conditions: [...conditionIds] });
  const diagnosticIds = diagnosticRows.map((row) => toGraphNode(row.diagnostic).id);
  const listsById = async (query: string, key: string) =>
    new Map(
      (await runner.run(query, { ids: diagnosticIds })).map((row) => [
        String(row.id),
        (row[key] as unknown[]).map(String),
      ]),
    );
  const detects = await listsById(DIAGNOSTIC_DETECTS, "detects");
  const alternatives = await listsById(DIAGNOSTIC_ALTERNATIVES, "alternatives");
  const diagnostics: DiagnosticFacts[] = diagnosticRows.map((row) => {
    const node = toGraphNode(row.diagnostic);
    names[node.id] = node.name;
    return {
      id: node.id,
      name: node.name,
      modality: String(node.props.modality ?? ""),
      evaluates: (row.evaluates as { conditionId: string; props: Props }[]).map((e) => ({
        conditionId: String(e.conditionId),
        evidence: evidenceOf(e.props ?? {}),
      })),
      detects: detects.get(node.id) ?? [],
      alternatives: alternatives.get(node.id) ?? [],
    };
  });
  const treatmentRows = await runner.run(DIFF_TREATMENTS, { conditions: [...conditionIds] });
  const treatments: TreatmentLink[] = treatmentRows.map((row) => {
    names[String(row.subjectId)] = String(row.subjectName);
    return {
      subjectId: String(row.subjectId),
      subjectKind: row.subjectKind === "DRUG" ? "DRUG" : "INTERVENTION",
      conditionId: String(row.conditionId),
      type: row.type as TreatmentLink["type"],
      evidence: evidenceOf((row.props ?? {}) as Props),
    };
  });
  const subjects = [
    ...new Set([
      ...diagnostics.flatMap((d) => [d.id, ...d.alternatives]),
      ...treatments.map((t) => t.subjectId),
    ]),
  ];
  const { safety, drugClasses } = await readSafety(runner, subjects);
  return { diagnostics, treatments, safety, drugClasses, names };
}

/** Everything for a set of findings, with follow-up for every candidate (tests and tools). */
export async function readDifferentialKnowledge(
  runner: CypherRunner,
  findingIds: readonly string[],
): Promise<DifferentialKnowledge> {
  const ranking = await readRankingKnowledge(runner, findingIds);
  const followUp = await readFollowUpKnowledge(
    runner,
    ranking.conditions.map((c) => c.id),
  );
  return { ...ranking, ...followUp, names: { ...ranking.names, ...followUp.names } };
}

export { type RankingKnowledge, readRankingKnowledge };
