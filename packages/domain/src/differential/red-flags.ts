import type { RedFlagRule } from "../graph";
import { URGENCIES, type Urgency } from "../scales";
import { compareStrings, isWithinWeeks, toSortedUnique } from "./compare";
import type { Candidate, RedFlagHit } from "./types";

/** Urgencies that make a likely candidate a red flag on its own. */
const ALARMING: ReadonlySet<Urgency> = new Set<Urgency>(["urgent", "emergency"]);

/** A rule's urgency is free text in the graph; anything unrecognised is treated as `urgent`, never lower. */
export function toUrgency(value: string): Urgency {
  return (URGENCIES as readonly string[]).includes(value) ? (value as Urgency) : "urgent";
}

function formatWindow(rule: RedFlagRule): string {
  return `weeks ${rule.weekFrom ?? "1"}-${rule.weekTo ?? "42"}`;
}

/**
 * A rule fires when all of `whenAll` and (if listed) one of `whenAny` are present, inside its week
 * window. Without a week a windowed rule still fires, and says so: missing a red flag costs more
 * than a false alarm. A rule with no findings at all never fires.
 */
export function matchRule(
  rule: RedFlagRule,
  present: ReadonlySet<string>,
  week: number | undefined,
): RedFlagHit | null {
  if (rule.whenAll.length === 0 && rule.whenAny.length === 0) return null;
  if (!rule.whenAll.every((id) => present.has(id))) return null;
  if (rule.whenAny.length > 0 && !rule.whenAny.some((id) => present.has(id))) return null;
  if (!isWithinWeeks(week, rule.weekFrom, rule.weekTo)) return null;
  const windowed = rule.weekFrom !== undefined || rule.weekTo !== undefined;
  const message =
    week === undefined && windowed
      ? `${rule.message} (gestational week not given; this rule applies in ${formatWindow(rule)})`
      : rule.message;
  return {
    id: rule.id,
    message,
    urgency: toUrgency(rule.urgency),
    trigger: "rule",
    conditionIds: toSortedUnique(rule.suggests),
    findingIds: toSortedUnique([...rule.whenAll, ...rule.whenAny].filter((id) => present.has(id))),
    evidence: rule.evidence,
  };
}

/**
 * How much the findings must raise a condition before it can alarm: at least double its prior,
 * the size of a likelihood ratio of 2, below which a change in probability is rarely clinically
 * important. Back pain itself, which every patient in the setting has, never doubles anything.
 */
export const RAISE_FACTOR = 2;

/**
 * True when the entered findings point to the candidate: at least one present finding supports
 * it and its probability is at least RAISE_FACTOR times its prior. A prior alone never raises an
 * alarm; the don't-miss lane reads the same test, so every candidate flag has its lane entry.
 */
export function isRaisedByFindings(candidate: Candidate): boolean {
  return (
    candidate.probability >= RAISE_FACTOR * candidate.prior && candidate.supporting.some((c) => c.present)
  );
}

/** A red flag for an urgent or emergency candidate that the findings raise to the threshold. */
export function toCandidateFlag(candidate: Candidate, threshold: number): RedFlagHit | null {
  if (!ALARMING.has(candidate.urgency) || candidate.probability < threshold) return null;
  if (!isRaisedByFindings(candidate)) return null;
  const percent = Math.round(candidate.probability * 100);
  return {
    id: `candidate:${candidate.conditionId}`,
    message: `${candidate.conditionName} is ${percent}% likely and needs ${candidate.urgency} assessment`,
    urgency: candidate.urgency,
    trigger: "candidate",
    conditionIds: [candidate.conditionId],
    findingIds: toSortedUnique(candidate.supporting.map((c) => c.findingId)),
    evidence: candidate.supporting.flatMap((c) => c.evidence),
  };
}

/** Most urgent first, then by id. */
function compareHits(a: RedFlagHit, b: RedFlagHit): number {
  return URGENCIES.indexOf(b.urgency) - URGENCIES.indexOf(a.urgency) || compareStrings(a.id, b.id);
}

/**
 * Every rule that fires plus every alarming candidate over the threshold, whatever the ranking
 * says (pass all candidates, not only the ones shown).
 */
export function findRedFlags(
  rules: readonly RedFlagRule[],
  candidates: readonly Candidate[],
  present: ReadonlySet<string>,
  week: number | undefined,
  threshold: number,
): RedFlagHit[] {
  const hits = [
    ...rules.map((rule) => matchRule(rule, present, week)),
    ...candidates.map((candidate) => toCandidateFlag(candidate, threshold)),
  ];
  return hits.filter((hit): hit is RedFlagHit => hit !== null).sort(compareHits);
}
