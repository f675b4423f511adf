import type { GraphEdge, GraphNode, Subgraph } from "../api/types";

/** A small subgraph in the API's shape, for unit tests. */

const nice = {
  id: "nice-uti",
  title: "Pyelonephritis (acute): antimicrobial prescribing",
  sourceKind: "guideline",
};

export const pyelonephritis: GraphNode = {
  id: "pyelonephritis",
  kind: "CONDITION",
  name: "Pyelonephritis",
  aliases: ["kidney infection"],
  category: "kidney",
  urgency: "urgent",
  prevalence: "uncommon",
  weekFrom: null,
  weekTo: null,
  summary: "Infection of the kidney.",
  evidence: [{ source: nice, quote: "Kidney infection needs prompt treatment.", verbatim: true }],
};

export const fever: GraphNode = {
  id: "fever",
  kind: "FINDING",
  name: "Fever",
  aliases: ["high temperature"],
  findingType: "sign",
  summary: null,
};

export const osteochondrosis: GraphNode = {
  id: "osteochondrosis",
  kind: "CONDITION",
  name: "Osteochondrosis",
  aliases: [],
  category: "spine",
  urgency: "routine",
  prevalence: "common",
  weekFrom: 20,
  weekTo: 40,
  summary: null,
  evidence: [],
};

export const urinalysis: GraphNode = {
  id: "urinalysis",
  kind: "DIAGNOSTIC",
  name: "Urinalysis",
  aliases: ["urine test"],
  modality: "lab",
  summary: null,
};

function edge(type: string, source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id: `${type}:${source}->${target}`,
    type,
    source,
    target,
    frequency: null,
    evoking: null,
    note: null,
    evidence: [{ source: nice, quote: `${source} ${type} ${target}.`, verbatim: true }],
    ...extra,
  };
}

export const feverEdge = edge("PRESENTS_WITH", "pyelonephritis", "fever", {
  frequency: "usually",
  evoking: "moderate",
});
export const noFeverEdge = edge("PRESENTS_WITH", "osteochondrosis", "fever", { frequency: "never" });
export const urinalysisEdge = edge("EVALUATES", "urinalysis", "pyelonephritis");

export const subgraph: Subgraph = {
  nodes: [pyelonephritis, fever, osteochondrosis, urinalysis],
  edges: [feverEdge, noFeverEdge, urinalysisEdge],
  truncated: false,
};
