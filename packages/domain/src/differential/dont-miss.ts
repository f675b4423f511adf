import type { Evidence } from "../graph";
import { URGENCIES, type Urgency } from "../scales";
import { compareDescending, compareStrings, isWithinWeeks } from "./compare";
import { isRaisedByFindings } from "./red-flags";
import type {
  Candidate,
  ConditionFacts,
  DontMissEntry,
  DontMissFinding,
  DontMissReason,
  RedFlagHit,
} from "./types";

/** Urgencies that belong in the lane: missing them costs a life or an organ. */
const LANE_URGENCIES: ReadonlySet<Urgency> = new Set<Urgency>(["urgent", "emergency"]);

/** The lane's probability thresholds, by the condition's own urgency. */
export interface DontMissThresholds {
  emergency: number;
  urgent: number;
}

const moreUrgent = (a: Urgency, b: Urgency): Urgency =>
  URGENCIES.indexOf(a) >= URGENCIES.indexOf(b) ? a : b;

/** "2.4%" under 10%, "35%" above: small probabilities are where the lane lives. */
export function toPercentText(p: number): string {
  return p < 0.1 ? `${Math.round(p * 1000) / 10}%` : `${Math.round(p * 100)}%`;
}

interface Draft {
  conditionId: string;
  urgency: Urgency;
  reasons: DontMissReason[];
  findings: Map<string, DontMissFinding>;
}

function addFinding(draft: Draft, finding: DontMissFinding) {
  const current = draft.findings.get(finding.findingId);
  if (current === undefined) {
    draft.findings.set(finding.findingId, finding);
    return;
  }
  const seen = new Set(current.evidence.map((e) => `${e.sourceId}\u0000${e.quote}`));
  draft.findings.set(finding.findingId, {
    ...current,
    likelihoodRatio: current.likelihoodRatio ?? finding.likelihoodRatio,
    ruleIds: [...new Set([...current.ruleIds, ...finding.ruleIds])].sort(compareStrings),
    evidence: [
      ...current.evidence,
      ...finding.evidence.filter((e) => !seen.has(`${e.sourceId}\u0000${e.quote}`)),
    ],
  });
}

/** The LR a linked finding applies to a candidate; null when the graph does not link them. */
function linkedRatio(candidate: Candidate | undefined, findingId: string): number | null {
  const contribution = [...(candidate?.supporting ?? []), ...(candidate?.opposing ?? [])].find(
    (c) => c.findingId === findingId && c.present,
  );
  return contribution?.frequency != null ? contribution.likelihoodRatio : null;
}

function linkEvidence(candidate: Candidate | undefined, findingId: string): Evidence[] {
  return candidate?.supporting.find((c) => c.findingId === findingId)?.evidence ?? [];
}

function compareFindings(a: DontMissFinding, b: DontMissFinding): number {
  return (
    compareDescending(a.likelihoodRatio ?? 0, b.likelihoodRatio ?? 0) ||
    compareStrings(a.findingId, b.findingId)
  );
}

/**
 * The don't-miss lane: every urgent or emergency condition the entered findings keep open,
 * whatever its rank. A condition is kept open (1) by a fired urgent or emergency red-flag rule
 * that suggests it, when the week (if given) is inside the condition's own window, or (2) when the
 * findings raise it (a present finding supports it and its probability is above its prior) to at
 * least the threshold for its urgency. Thresholds never exceed `candidateFlagThreshold`, so
 * every candidate red flag has its lane entry. Each entry carries the findings that keep it open
 * with their evidence and what would rule it out. Most urgent first, then most probable, then id.
 */
export function findDontMiss(
  conditions: readonly ConditionFacts[],
  candidates: readonly Candidate[],
  redFlags: readonly RedFlagHit[],
  names: Record<string, string>,
  week: number | undefined,
  thresholds: DontMissThresholds,
  candidateFlagThreshold: number,
): DontMissEntry[] {
  const facts = new Map(conditions.map((c) => [c.id, c]));
  const ranked = new Map(candidates.map((c) => [c.conditionId, c]));
  const drafts = new Map<string, Draft>();
  const draftOf = (conditionId: string, urgency: Urgency): Draft => {
    const draft = drafts.get(conditionId) ?? { conditionId, urgency, reasons: [], findings: new Map() };
    draft.urgency = moreUrgent(draft.urgency, urgency);
    drafts.set(conditionId, draft);
    return draft;
  };

  for (const hit of redFlags) {
    if (hit.trigger !== "rule" || !LANE_URGENCIES.has(hit.urgency)) continue;
    for (const conditionId of hit.conditionIds) {
      const fact = facts.get(conditionId);
      // A rule spanning weeks 14-36 may name both a threatened miscarriage and preterm labour:
      // at week 30 only the one whose own window holds the week is kept open by it.
      if (fact !== undefined && !isWithinWeeks(week, fact.weekFrom, fact.weekTo)) continue;
      const own = fact?.urgency ?? hit.urgency;
      const draft = draftOf(conditionId, moreUrgent(own, hit.urgency));
      draft.reasons.push({ kind: "rule", ruleId: hit.id, message: hit.message });
      for (const findingId of hit.findingIds) {
        const candidate = ranked.get(conditionId);
        addFinding(draft, {
          findingId,
          findingName: names[findingId] ?? findingId,
          likelihoodRatio: linkedRatio(candidate, findingId),
          ruleIds: [hit.id],
          evidence: [...linkEvidence(candidate, findingId), ...hit.evidence],
        });
      }
    }
  }

  for (const candidate of candidates) {
    if (!LANE_URGENCIES.has(candidate.urgency)) continue;
    const threshold = Math.min(
      thresholds[candidate.urgency as keyof DontMissThresholds],
      candidateFlagThreshold,
    );
    if (candidate.probability < threshold || !isRaisedByFindings(candidate)) continue;
    const support = candidate.supporting.filter((c) => c.present);
    const draft = draftOf(candidate.conditionId, candidate.urgency);
    const article = candidate.urgency === "emergency" ? "an emergency" : "an urgent condition";
    draft.reasons.push({
      kind: "threshold",
      threshold,
      message: `${toPercentText(candidate.probability)} likely, at or above the ${toPercentText(threshold)} threshold for ${article}`,
    });
    for (const c of support) {
      addFinding(draft, {
        findingId: c.findingId,
        findingName: c.findingName,
        likelihoodRatio: c.likelihoodRatio,
        ruleIds: [],
        evidence: c.evidence,
      });
    }
  }

  return [...drafts.values()]
    .map((draft): DontMissEntry => {
      const candidate = ranked.get(draft.conditionId);
      return {
        conditionId: draft.conditionId,
        conditionName: candidate?.conditionName ?? names[draft.conditionId] ?? draft.conditionId,
        urgency: draft.urgency,
        probability: candidate?.probability ?? 0,
        rank: candidate?.rank ?? null,
        reasons: draft.reasons,
        findings: [...draft.findings.values()].sort(compareFindings),
        ruleOut: facts.get(draft.conditionId)?.ruleOut ?? null,
      };
    })
    .sort(
      (a, b) =>
        URGENCIES.indexOf(b.urgency) - URGENCIES.indexOf(a.urgency) ||
        compareDescending(a.probability, b.probability) ||
        compareStrings(a.conditionId, b.conditionId),
    );
}
