import type { NodeKind } from "@bpx/domain";

/** The shapes the teaching-path queries return; they mirror the API's SDL field for field. */

export type ViewerRole = "ANONYMOUS" | "READER" | "EDUCATOR" | "ADMIN";

export interface Viewer {
  role: ViewerRole;
  name: string;
  canEditTeachingPaths: boolean;
}

export const ANONYMOUS_VIEWER: Viewer = { role: "ANONYMOUS", name: "anonymous", canEditTeachingPaths: false };

export type PathStatus = "DRAFT" | "PUBLISHED";

export interface StepNode {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface StepEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface TeachingCaseData {
  present: string[];
  absent: string[];
  gestationalWeek: number | null;
  presentFindings: { id: string; name: string }[];
  absentFindings: { id: string; name: string }[];
}

export interface TeachingStepData {
  id: string;
  position: number;
  nodeId: string | null;
  edgeId: string | null;
  node: StepNode | null;
  edge: StepEdge | null;
  case: TeachingCaseData | null;
  annotation: string;
  question: string | null;
  answer: string | null;
}

/** A path as listed: everything but the steps. */
export interface PathSummary {
  id: string;
  title: string;
  summary: string;
  audience: string;
  author: string;
  status: PathStatus;
  version: number;
  updatedAt: string;
  publishedAt: string | null;
  stepCount: number;
  /** Whether the viewer may change it: its author, or an admin. */
  canEdit: boolean;
}

export interface TeachingPathData extends PathSummary {
  steps: TeachingStepData[];
}

export interface TeachingCaseInput {
  present: string[];
  absent: string[];
  gestationalWeek: number | null;
}

export interface TeachingStepInput {
  id?: string;
  nodeId: string | null;
  edgeId: string | null;
  case: TeachingCaseInput | null;
  annotation: string;
  question: string | null;
  answer: string | null;
}

export interface PathContentInput {
  title: string;
  summary: string;
  audience: string;
  steps: TeachingStepInput[];
}

/** The slice of the graph a paths page draws: enough to label, colour and connect. */
export interface PathGraphNode {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface PathGraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  frequency: string | null;
}

export interface PathSubgraph {
  nodes: PathGraphNode[];
  edges: PathGraphEdge[];
  truncated: boolean;
}
