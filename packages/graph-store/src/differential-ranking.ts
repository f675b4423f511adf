import {
  type ConditionFacts,
  type DifferentialKnowledge,
  type EvokingStrength,
  type FindingLink,
  type Frequency,
  type Prevalence,
  type PriorGroup,
  type RedFlagRule,
  type RuleOut,
  type SourceRank,
  toSourceRank,
  type Urgency,
} from "@bpx/domain";
import { toEvidence, toGraphNode, toRedFlag } from "./mapping";
import { GET_RED_FLAGS } from "./queries";
import {
  DIFF_CONDITIONS,
  DIFF_CONDITIONS_BY_ID,
  DIFF_LINKS,
  DIFF_PRIOR_MASS,
  DIFF_SOURCE_KINDS,
} from "./queries-differential";
import type { CypherRunner, Row } from "./runner";

type Props = Record<string, unknown>;

/** What ranking needs: the candidate conditions, all their links, red-flag rules. */
export type RankingKnowledge = Pick<
  DifferentialKnowledge,
  "conditions" | "priorMass" | "links" | "names" | "redFlags"
>;

const num = (v: unknown) => (typeof v === "number" ? v : undefined);
const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
/** A probability stored on a link; anything outside (0, 1) is ignored rather than trusted. */
const probability = (v: unknown) => (typeof v === "number" && v > 0 && v < 1 ? v : undefined);

function toRuleOut(p: Props): RuleOut | undefined {
  const text = str(p.ruleOutText);
  if (text === undefined) return undefined;
  return {
    text,
    diagnostics: strings(p.ruleOutDiagnostics),
    findings: strings(p.ruleOutFindings),
    evidence: toEvidence(
      p.ruleOutEvidenceSources,
      p.ruleOutEvidenceQuotes,
      p.ruleOutEvidenceVerbatim,
      p.ruleOutEvidenceSections,
    ),
  };
}

export function toConditionFacts(row: Row): ConditionFacts {
  const node = toGraphNode(row.condition);
  const p = node.props;
  return {
    id: node.id,
    name: node.name,
    category: String(p.category ?? ""),
    urgency: p.urgency as Urgency,
    prevalence: p.prevalence as Prevalence,
    prior: probability(p.prior),
    priorBasis: str(p.priorBasis),
    weekFrom: num(p.weekFrom),
    weekTo: num(p.weekTo),
    ruleOut: toRuleOut(p),
  };
}

export function toLink(row: Row, ranks: ReadonlyMap<string, SourceRank>): FindingLink {
  const p = (row.props ?? {}) as Props;
  const evidence = toEvidence(p.evidenceSources, p.evidenceQuotes, p.evidenceVerbatim, p.evidenceSections);
  const best = Math.min(...evidence.map((e) => ranks.get(e.sourceId) ?? 4)) as SourceRank;
  return {
    conditionId: String(row.conditionId),
    findingId: String(row.findingId),
    frequency: p.frequency as Frequency,
    evoking: p.evoking as EvokingStrength | undefined,
    weekFrom: num(p.weekFrom),
    weekTo: num(p.weekTo),
    sensitivity: probability(p.sensitivity),
    specificity: probability(p.specificity),
    statsSource: str(p.statsSource),
    findingType: str(row.findingType),
    evidenceRank: evidence.length > 0 ? best : undefined,
    evidence,
  };
}

export function toPriorGroup(row: Row): PriorGroup {
  return {
    prior: probability(row.prior),
    prevalence: row.prevalence as Prevalence,
    weekFrom: num(row.weekFrom),
    weekTo: num(row.weekTo),
    conditions: num(row.conditions) ?? 0,
  };
}

/** Conditions a rule suggests when any of its trigger findings was entered. */
export function toSuggested(rules: readonly RedFlagRule[], findingIds: readonly string[]): string[] {
  const entered = new Set(findingIds);
  const touched = rules.filter((r) => [...r.whenAll, ...r.whenAny].some((id) => entered.has(id)));
  return [...new Set(touched.flatMap((r) => r.suggests))].sort();
}

/**
 * Ranking knowledge for the entered findings, in six queries however many are entered: the
 * red-flag rules, the conditions linked to an entered finding plus those a rule on them suggests,
 * every link of those conditions (with the finding's type), the kinds of the links' sources, and
 * the prior mass of the whole graph.
 */
export async function readRankingKnowledge(
  runner: CypherRunner,
  findingIds: readonly string[],
): Promise<RankingKnowledge> {
  const redFlags = (await runner.run(GET_RED_FLAGS)).map((row) => toRedFlag(row.flag));
  const linked = await runner.run(DIFF_CONDITIONS, { findings: [...findingIds] });
  const suggested = await runner.run(DIFF_CONDITIONS_BY_ID, { ids: toSuggested(redFlags, findingIds) });
  const byId = new Map([...linked, ...suggested].map((row) => toConditionFacts(row)).map((c) => [c.id, c]));
  const conditions = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const names: Record<string, string> = Object.fromEntries(conditions.map((c) => [c.id, c.name]));
  const linkRows = await runner.run(DIFF_LINKS, { conditions: conditions.map((c) => c.id) });
  const sourceIds = new Set<string>();
  for (const row of linkRows) {
    for (const id of strings(((row.props ?? {}) as Props).evidenceSources)) sourceIds.add(id);
    names[String(row.findingId)] = String(row.findingName);
  }
  const kindRows = await runner.run(DIFF_SOURCE_KINDS, { ids: [...sourceIds].sort() });
  const ranks = new Map(kindRows.map((row) => [String(row.id), toSourceRank(row.sourceKind)]));
  const priorMass = (await runner.run(DIFF_PRIOR_MASS)).map(toPriorGroup);
  return { conditions, priorMass, links: linkRows.map((row) => toLink(row, ranks)), names, redFlags };
}
