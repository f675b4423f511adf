import type { EdgeRecord, NodeRecord, Origin, RedFlagRecord, ValidationIssue } from "./bundle";
import type { CheckContext } from "./context";
import { toPriorProps } from "./props";
import type { ParsedFile } from "./read";
import type { PriorInput, RelationInput } from "./schemas";

/**
 * The most the listed conditions' priors may add up to: the rest (at least 10%) is the mass of
 * causes the graph does not list, so a patient with none of them is never forced into one.
 */
export const MAX_PRIOR_SUM = 0.9;

/** A study figure must come from one of the edge's own sources, and not from a consumer article. */
export function checkPresentsWithStats(
  item: RelationInput,
  origin: Origin,
  nodes: ReadonlyMap<string, NodeRecord>,
  issues: ValidationIssue[],
): void {
  const source = item.statsSource;
  if (source === undefined) return;
  if (!item.evidence.some((e) => e.source === source)) {
    issues.push({ ...origin, message: `statsSource "${source}" is not among this edge's evidence sources` });
    return;
  }
  if (nodes.get(source)?.props.sourceKind === "consumer-article") {
    issues.push({
      ...origin,
      message: `statsSource "${source}" is a consumer article: sensitivity and specificity need a study, review or guideline`,
    });
  }
}

/**
 * Every condition has exactly one prior, each for a known condition, and they add up to at most
 * MAX_PRIOR_SUM. The prior is stored on its condition node.
 */
export function checkPriors(files: readonly ParsedFile[], ctx: CheckContext): void {
  const seen = new Map<string, Origin>();
  const priors: { prior: PriorInput; origin: Origin }[] = [];
  for (const parsed of files) {
    parsed.data.priors.forEach((prior, index) => {
      const origin = ctx.at(parsed, ["priors", index]);
      ctx.checkEvidence(prior.evidence, parsed, ["priors", index]);
      if (
        !ctx.checkRef(prior.condition, ["CONDITION"], ctx.at(parsed, ["priors", index, "condition"]), "prior")
      )
        return;
      const first = seen.get(prior.condition);
      if (first) {
        ctx.issues.push({
          ...origin,
          message: `a second prior for "${prior.condition}" (first at ${first.file}:${first.line}): one per condition`,
        });
        return;
      }
      seen.set(prior.condition, origin);
      priors.push({ prior, origin });
    });
  }
  for (const node of ctx.nodes.values()) {
    if (node.kind === "CONDITION" && !seen.has(node.id)) {
      ctx.issues.push({
        ...node.origin,
        message: `condition "${node.id}" has no prior: add one to priors.yaml`,
      });
    }
  }
  for (const { prior } of priors) {
    const node = ctx.nodes.get(prior.condition);
    if (node) Object.assign(node.props, toPriorProps(prior));
  }
  const sum = priors.reduce((total, { prior }) => total + prior.value, 0);
  const first = priors[0];
  if (first && sum > MAX_PRIOR_SUM + 1e-9) {
    ctx.issues.push({
      ...first.origin,
      message: `the priors add up to ${sum.toFixed(4)}, more than ${MAX_PRIOR_SUM}: the unlisted causes need at least ${(1 - MAX_PRIOR_SUM).toFixed(2)}`,
    });
  }
}

/** A merged id names exactly one live node, and no live node or red flag still uses it. */
export function checkFormerIds(
  nodes: ReadonlyMap<string, NodeRecord>,
  redFlags: ReadonlyMap<string, RedFlagRecord>,
  issues: ValidationIssue[],
): void {
  const claimedBy = new Map<string, string>();
  for (const node of nodes.values()) {
    for (const former of node.props.formerIds as string[]) {
      if (nodes.has(former) || redFlags.has(former)) {
        issues.push({ ...node.origin, message: `former id "${former}" of "${node.id}" is still a live id` });
      }
      const owner = claimedBy.get(former);
      if (owner) {
        issues.push({
          ...node.origin,
          message: `former id "${former}" is claimed by both "${owner}" and "${node.id}"`,
        });
      } else claimedBy.set(former, node.id);
    }
  }
}

/**
 * One source says one thing per subject and week: its statements on a subject may cover several
 * windows (FDA on NSAIDs: avoid 20-29, contraindicated 30-42), but the windows must not overlap.
 */
export function checkSafetyWindows(edges: readonly EdgeRecord[], issues: ValidationIssue[]): void {
  const groups = new Map<string, EdgeRecord[]>();
  for (const edge of edges) {
    if (edge.type !== "HAS_SAFETY") continue;
    const key = `${edge.from}\0${edge.to}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  const window = (e: EdgeRecord) => [Number(e.props.weekFrom), Number(e.props.weekTo)] as const;
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => window(a)[0] - window(b)[0]);
    let widest: EdgeRecord | undefined;
    for (const edge of sorted) {
      if (widest && window(edge)[0] <= window(widest)[1]) {
        issues.push({
          ...edge.origin,
          message: `"${edge.to}" says two things about "${edge.from}" in overlapping weeks (${window(widest).join("-")} at ${widest.origin.file}:${widest.origin.line} and ${window(edge).join("-")}): make the windows disjoint`,
        });
      }
      if (!widest || window(edge)[1] > window(widest)[1]) widest = edge;
    }
  }
}
