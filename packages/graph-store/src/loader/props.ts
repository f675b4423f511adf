import { type NodeKind, SOURCE_RANK, type SourceKind } from "@bpx/domain";
import type { EvidenceInput, PriorInput, RuleOutInput } from "./schemas";

/** Drops undefined values: Neo4j and Grafeo store no nulls, and absent is clearer than null. */
export function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/**
 * Evidence as parallel lists named `<prefix>Sources`, `<prefix>Quotes`, `<prefix>Verbatim` and
 * `<prefix>Sections` (`""` where no section is given): neither engine stores a list of maps on a
 * node or relationship.
 */
export function toEvidenceProps(evidence: readonly EvidenceInput[], prefix = "evidence") {
  return {
    [`${prefix}Sources`]: evidence.map((e) => e.source),
    [`${prefix}Quotes`]: evidence.map((e) => e.quote ?? e.statement ?? ""),
    [`${prefix}Verbatim`]: evidence.map((e) => e.quote !== undefined),
    [`${prefix}Sections`]: evidence.map((e) => e.section ?? ""),
  } as Record<string, string[] | boolean[]>;
}

/** The prefixes under which a stored item may carry evidence lists (quotes are checked in each). */
export const EVIDENCE_PREFIXES = ["evidence", "ruleOutEvidence", "prior"] as const;

/** A condition's rule-out, flattened: `ruleOutText`, its diagnostics, findings and evidence. */
function toRuleOutProps(ruleOut: RuleOutInput | undefined) {
  if (!ruleOut) return {};
  return {
    ruleOutText: ruleOut.text,
    ruleOutDiagnostics: ruleOut.diagnostics,
    ruleOutFindings: ruleOut.findings,
    ...toEvidenceProps(ruleOut.evidence, "ruleOutEvidence"),
  };
}

/** A condition's prior: `prior`, `priorBasis`, and its evidence as `priorSources`, `priorQuotes` ... */
export function toPriorProps(prior: PriorInput): Record<string, unknown> {
  return { prior: prior.value, priorBasis: prior.basis, ...toEvidenceProps(prior.evidence, "prior") };
}

/** Everything stored on a node, from its curated fields. */
export function toNodeProps(kind: NodeKind, item: Record<string, unknown>): Record<string, unknown> {
  const {
    weeks,
    evidence,
    ruleOut,
    title,
    kind: sourceKind,
    ...rest
  } = item as Record<string, unknown> & {
    weeks?: { from: number; to: number };
    evidence?: EvidenceInput[];
    ruleOut?: RuleOutInput;
  };
  const isSource = kind === "SOURCE";
  const name = String(isSource ? title : rest.name);
  const aliases = (rest.aliases as string[] | undefined) ?? [];
  return compact({
    ...rest,
    kind,
    name,
    title: isSource ? title : undefined,
    aliases,
    formerIds: (rest.formerIds as string[] | undefined) ?? [],
    sourceKind: isSource ? sourceKind : undefined,
    rank: isSource ? SOURCE_RANK[sourceKind as SourceKind] : undefined,
    weekFrom: weeks?.from,
    weekTo: weeks?.to,
    ...toRuleOutProps(ruleOut),
    ...(evidence && evidence.length > 0 ? toEvidenceProps(evidence) : {}),
  });
}
