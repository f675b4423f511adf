import type { NodeKind, SafetyLevel } from "@bpx/domain";
import type { GraphEdge } from "../api/types";
import { isUnsafe } from "../safety/safety";
import { toFallbackName } from "../shared/format";
import type { Differential, LinkedSubgraph } from "./case-types";

/** Why a node is in the case graph. */
export type CaseRole = "present" | "absent" | "ask" | "candidate" | "linked";

/** How an edge is drawn; each has its own colour and line style (see case-style.ts). */
export type CaseRelation =
  | "supports"
  | "argues-against"
  | "evaluates"
  | "treats"
  | "contraindicated"
  | "alternative"
  | "would-tell-apart"
  | "related";

export interface CaseNode {
  id: string;
  kind: NodeKind;
  name: string;
  role: CaseRole;
  rank?: number;
  probability?: number;
  urgency?: string;
  /** Safety at the entered week, for tests, drugs and measures. */
  safety?: SafetyLevel;
  /** The reader expanded this node's neighbourhood. */
  expanded: boolean;
}

export interface CaseEdge {
  id: string;
  source: string;
  target: string;
  relation: CaseRelation;
  /** The API's relationship type, or SUPPORTS / ARGUES_AGAINST / ASK for the engine's links. */
  type: string;
  /** Likelihood ratio of a supporting or opposing finding. */
  ratio?: number;
  /** Quotes behind the edge, for the table view. */
  evidenceCount: number;
}

export interface CaseGraph {
  nodes: CaseNode[];
  edges: CaseEdge[];
}

export interface CaseGraphInput {
  present: readonly string[];
  absent: readonly string[];
  /** Names of the entered findings, by id. */
  findingNames: Readonly<Record<string, string>>;
  differential: Differential | null;
  /** Tests, drugs and measures one step from the candidates. */
  linked: LinkedSubgraph | null;
  /** Full neighbourhoods of the expanded nodes. */
  expanded: LinkedSubgraph | null;
  expandedIds: readonly string[];
}

const TREATING = new Set(["TREATS", "RELIEVES", "PREVENTS"]);

/** The drawn relation of a graph relationship, given the safety of its subject at the week. */
export function toRelation(
  edge: Pick<GraphEdge, "type" | "frequency">,
  subjectSafety?: SafetyLevel,
): CaseRelation {
  if (edge.type === "EVALUATES" || edge.type === "DETECTS") return "evaluates";
  if (TREATING.has(edge.type)) return subjectSafety && isUnsafe(subjectSafety) ? "contraindicated" : "treats";
  if (edge.type === "ALTERNATIVE_TO") return "alternative";
  if (edge.type === "PRESENTS_WITH" && edge.frequency === "never") return "argues-against";
  return "related";
}

/**
 * The case as a graph: entered findings -> candidates (with the engine's supporting and opposing
 * links) -> the tests that evaluate any candidate and the drugs and measures linked to the leaders,
 * plus the findings worth asking next and whatever the reader expanded. Pure and deterministic.
 */
export function toCaseGraph(input: CaseGraphInput): CaseGraph {
  const nodes = new Map<string, CaseNode>();
  const edges = new Map<string, CaseEdge>();
  const expandedIds = new Set(input.expandedIds);
  const addNode = (node: Omit<CaseNode, "expanded">) => {
    if (!nodes.has(node.id)) nodes.set(node.id, { ...node, expanded: expandedIds.has(node.id) });
  };
  const addEdge = (edge: CaseEdge) => {
    if (!edges.has(edge.id)) edges.set(edge.id, edge);
  };
  const name = (id: string) => input.findingNames[id] ?? toFallbackName(id);

  for (const id of input.present) addNode({ id, kind: "FINDING", name: name(id), role: "present" });
  for (const id of input.absent) addNode({ id, kind: "FINDING", name: name(id), role: "absent" });

  const differential = input.differential;
  if (differential) {
    for (const candidate of differential.candidates) {
      const { condition } = candidate;
      addNode({
        id: condition.id,
        kind: "CONDITION",
        name: condition.name,
        role: "candidate",
        rank: candidate.rank,
        probability: candidate.probability,
        urgency: candidate.urgency,
      });
      for (const contribution of [...candidate.supporting, ...candidate.opposing]) {
        // Only links the graph holds are drawn; a finding the graph does not link moves every candidate a little.
        if (
          contribution.weight === 0 ||
          contribution.frequency === null ||
          !nodes.has(contribution.finding.id)
        )
          continue;
        const supports = contribution.weight > 0;
        addEdge({
          id: `${supports ? "SUPPORTS" : "ARGUES_AGAINST"}:${contribution.finding.id}->${condition.id}`,
          source: contribution.finding.id,
          target: condition.id,
          relation: supports ? "supports" : "argues-against",
          type: supports ? "SUPPORTS" : "ARGUES_AGAINST",
          ratio: contribution.likelihoodRatio,
          evidenceCount: contribution.evidence.length,
        });
      }
    }
    for (const next of differential.nextFindings) {
      addNode({ id: next.finding.id, kind: "FINDING", name: next.finding.name, role: "ask" });
      if (nodes.get(next.finding.id)?.role !== "ask") continue;
      for (const condition of next.separates) {
        if (!nodes.has(condition.id)) continue;
        addEdge({
          id: `ASK:${next.finding.id}->${condition.id}`,
          source: next.finding.id,
          target: condition.id,
          relation: "would-tell-apart",
          type: "ASK",
          evidenceCount: 0,
        });
      }
    }
  }

  const candidates = new Set(differential?.candidates.map((candidate) => candidate.condition.id) ?? []);
  const leaderTreatments = new Set(differential?.treatmentSafety.map((item) => item.subject.id) ?? []);
  const safetyOf = new Map<string, SafetyLevel>();
  for (const subgraph of [input.linked, input.expanded]) {
    for (const node of subgraph?.nodes ?? []) if (node.safety) safetyOf.set(node.id, node.safety.level);
  }

  // Candidates' tests all stay (a test may be the one to avoid); drugs and measures only for the leaders.
  const linkedNodes = new Map(input.linked?.nodes.map((node) => [node.id, node]) ?? []);
  for (const edge of input.linked?.edges ?? []) {
    const subjectId = candidates.has(edge.target)
      ? edge.source
      : candidates.has(edge.source)
        ? edge.target
        : null;
    const subject = subjectId === null ? undefined : linkedNodes.get(subjectId);
    if (!subject || candidates.has(subject.id)) continue;
    const keep = edge.type === "EVALUATES" || (TREATING.has(edge.type) && leaderTreatments.has(subject.id));
    if (keep) {
      addNode({
        id: subject.id,
        kind: subject.kind,
        name: subject.name,
        role: "linked",
        safety: subject.safety?.level,
      });
    }
  }

  const addGraphEdges = (subgraph: LinkedSubgraph | null, addMissingNodes: boolean) => {
    if (!subgraph) return;
    if (addMissingNodes) {
      for (const node of subgraph.nodes) {
        addNode({
          id: node.id,
          kind: node.kind,
          name: node.name,
          role: "linked",
          safety: node.safety?.level,
        });
      }
    }
    for (const edge of subgraph.edges) {
      if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      addEdge({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        relation: toRelation(edge, safetyOf.get(edge.source)),
        type: edge.type,
        evidenceCount: edge.evidence.length,
      });
    }
  };
  addGraphEdges(input.linked, false);
  addGraphEdges(input.expanded, true);

  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
