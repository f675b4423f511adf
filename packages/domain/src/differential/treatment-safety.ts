import { assessSafety } from "./assess-safety";
import { compareStrings } from "./compare";
import type { Candidate, DifferentialKnowledge, TreatmentLink, TreatmentSafety } from "./types";

/** Case-insensitive name order with the raw name and id as tie-breakers, independent of locale. */
function compareByName(a: TreatmentSafety, b: TreatmentSafety): number {
  return (
    compareStrings(a.subjectName.toLowerCase(), b.subjectName.toLowerCase()) ||
    compareStrings(a.subjectName, b.subjectName) ||
    compareStrings(a.subjectId, b.subjectId)
  );
}

/**
 * Every drug and non-drug measure that TREATS, RELIEVES or PREVENTS a leading candidate, once per
 * subject with the leaders it is linked to (in rank order) and its safety at the week.
 */
export function assessTreatments(
  knowledge: DifferentialKnowledge,
  leaders: readonly Candidate[],
  week: number | undefined,
): TreatmentSafety[] {
  const bySubject = new Map<string, TreatmentLink[]>();
  for (const link of knowledge.treatments) {
    bySubject.set(link.subjectId, [...(bySubject.get(link.subjectId) ?? []), link]);
  }
  const result: TreatmentSafety[] = [];
  for (const [subjectId, links] of bySubject) {
    const conditionIds = leaders
      .map((leader) => leader.conditionId)
      .filter((id) => links.some((link) => link.conditionId === id));
    if (conditionIds.length === 0) continue;
    result.push({
      subjectId,
      subjectName: knowledge.names[subjectId] ?? subjectId,
      // A subject stored as a drug anywhere is reported as a drug: the stricter reading.
      subjectKind: links.some((link) => link.subjectKind === "DRUG") ? "DRUG" : "INTERVENTION",
      conditionIds,
      safety: assessSafety(knowledge.safety, subjectId, week, knowledge.drugClasses),
    });
  }
  return result.sort(compareByName);
}
