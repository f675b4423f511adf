import { graphqlRequest } from "../api/graphql";
import { NEIGHBORHOOD_QUERY, type NeighborhoodData, type NeighborhoodVariables } from "../api/queries";
import type { EvidenceItem, GraphEdge, GraphNode, Safety, Subgraph } from "../api/types";
import { toRelationLabel } from "../graph-kit/elements";
import { toNodeName } from "../graph-kit/subgraph";
import { toSummary } from "../node/node-details";
import { SAFETY_VISUALS, toSafetyPhrase } from "../safety/safety";
import { toStepNodeIds } from "./connectivity";
import { type NameLookup, toStepTitle } from "./labels";
import type { TeachingPathData, TeachingStepData } from "./types";

type RatedNode = GraphNode & { safety: Safety };

export interface EvidenceGroup {
  id: string;
  /** The relationship the quotes are for, or null for a condition's own summary. */
  edge: GraphEdge | null;
  label: string;
  items: EvidenceItem[];
}

export interface StepDetails {
  summary: string | null;
  /** The step's nodes a source rates for safety. */
  rated: RatedNode[];
  evidence: EvidenceGroup[];
}

function isRated(node: GraphNode | undefined): node is RatedNode {
  return node !== undefined && "safety" in node && node.safety !== undefined && node.safety !== null;
}

/**
 * The evidence and safety behind one step, read from the path's loaded neighbourhood: a node step
 * shows the node's own safety and summary evidence; a relationship step shows its quotes and the
 * safety of either end that is rated.
 */
export function toStepDetails(
  step: TeachingStepData,
  details: Pick<Subgraph, "nodes" | "edges">,
): StepDetails {
  const nodes = new Map(details.nodes.map((node) => [node.id, node]));
  const ids = toStepNodeIds(step);
  const rated = ids.map((id) => nodes.get(id)).filter(isRated);
  const evidence: EvidenceGroup[] = [];
  const edge = step.edgeId ? (details.edges.find((candidate) => candidate.id === step.edgeId) ?? null) : null;
  if (edge && edge.evidence.length > 0)
    evidence.push({ id: edge.id, edge, label: toRelationLabel(edge.type), items: edge.evidence });
  const node = step.nodeId ? nodes.get(step.nodeId) : undefined;
  if (node?.kind === "CONDITION" && node.evidence.length > 0)
    evidence.push({ id: node.id, edge: null, label: `About ${node.name}`, items: node.evidence });
  return { summary: node ? toSummary(node) : null, rated, evidence };
}

function quoteLine(item: EvidenceItem): string {
  const words = item.verbatim ? `“${item.quote}”` : `Summary: ${item.quote}`;
  return `> ${words.replaceAll("\n", " ")}\n> — ${item.source.title}`;
}

/**
 * The path as a Markdown handout: every step with its notes, question and answer, case, safety and
 * quoted evidence, so learners keep what was presented.
 */
export function toHandoutMarkdown(
  path: Pick<TeachingPathData, "title" | "summary" | "audience" | "steps">,
  details: Pick<Subgraph, "nodes" | "edges"> | null,
): string {
  const names: NameLookup = new Map(details?.nodes.map((node) => [node.id, node.name]));
  for (const step of path.steps)
    if (step.node) (names as Map<string, string>).set(step.node.id, step.node.name);
  const lines = [`# ${path.title}`, ""];
  if (path.audience) lines.push(`For ${path.audience}.`, "");
  if (path.summary) lines.push(path.summary, "");
  path.steps.forEach((step, index) => {
    lines.push(`## Step ${index + 1}: ${toStepTitle(step, names)}`, "");
    if (step.annotation.trim()) lines.push(step.annotation.trim(), "");
    if (step.case) {
      const present = step.case.presentFindings.map((finding) => finding.name).join(", ") || "none";
      const week = step.case.gestationalWeek === null ? "" : `Week ${step.case.gestationalWeek}. `;
      lines.push(`**Case:** ${week}Present: ${present}.`, "");
    }
    if (step.question) lines.push(`**Question:** ${step.question.trim()}`, "");
    if (step.question && step.answer) lines.push(`**Answer:** ${step.answer.trim()}`, "");
    if (details) {
      const { rated, evidence } = toStepDetails(step, details);
      for (const node of rated)
        lines.push(
          `**Safety — ${node.name}:** ${SAFETY_VISUALS[node.safety.level].symbol} ${toSafetyPhrase(node.safety.level, null)}`,
          "",
        );
      for (const group of evidence) {
        const heading = group.edge
          ? `${toNodeName(details, group.edge.source)} → ${group.label} → ${toNodeName(details, group.edge.target)}`
          : group.label;
        lines.push(`**Evidence (${heading}):**`, "", ...group.items.map(quoteLine), "");
      }
    }
  });
  lines.push("---", "Decision support from the listed sources, not a diagnosis.", "");
  return lines.join("\n");
}

/** "kidney-or-spine.handout.md". */
export function toHandoutName(id: string): string {
  return `${id.replace(/[^a-zA-Z0-9-]+/g, "-")}.handout.md`;
}

/**
 * The evidence and safety of every step, one small neighbourhood query per step (a whole path in
 * one query would pass the API's cost limit), merged into one subgraph for the handout.
 */
export async function loadStepDetails(
  steps: readonly TeachingStepData[],
): Promise<Pick<Subgraph, "nodes" | "edges">> {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const step of steps) {
    const ids = toStepNodeIds(step);
    if (ids.length === 0) continue;
    const data = await graphqlRequest<NeighborhoodData, NeighborhoodVariables>(NEIGHBORHOOD_QUERY, {
      ids,
      depth: 1,
      week: null,
    });
    for (const node of data.neighborhood.nodes) nodes.set(node.id, node);
    for (const edge of data.neighborhood.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
