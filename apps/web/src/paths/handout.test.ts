import { describe, expect, it } from "vitest";
import type { Safety } from "../api/types";
import { feverEdge, subgraph, urinalysis } from "../test/fixtures";
import { toHandoutMarkdown, toHandoutName, toStepDetails } from "./handout";
import type { TeachingStepData } from "./types";

const allowed: Safety = {
  level: "ALLOWED",
  conflict: false,
  headlineRank: 1,
  gestationalWeek: null,
  statements: [],
};
const details = {
  nodes: subgraph.nodes.map((node) =>
    node.id === urinalysis.id ? { ...urinalysis, safety: allowed } : node,
  ),
  edges: subgraph.edges,
};

function step(fields: Partial<TeachingStepData>): TeachingStepData {
  return {
    id: "s",
    position: 0,
    nodeId: null,
    edgeId: null,
    node: null,
    edge: null,
    case: null,
    annotation: "",
    question: null,
    answer: null,
    ...fields,
  };
}

describe("toStepDetails", () => {
  it("gives a relationship step its quotes and the safety of a rated end", () => {
    const found = toStepDetails(step({ edgeId: "EVALUATES:urinalysis->pyelonephritis" }), details);
    expect(found.rated.map((node) => [node.id, node.safety.level])).toEqual([["urinalysis", "ALLOWED"]]);
    expect(found.evidence[0]?.items[0]?.quote).toBe("urinalysis EVALUATES pyelonephritis.");
  });

  it("has no safety for a finding, and says so rather than inventing one", () => {
    const found = toStepDetails(step({ edgeId: feverEdge.id }), details);
    expect(found.rated).toEqual([]);
    expect(found.evidence).toHaveLength(1);
  });
});

describe("toHandoutMarkdown", () => {
  const path = {
    title: "Kidney or spine?",
    summary: "Telling them apart.",
    audience: "midwives",
    steps: [
      step({
        nodeId: "fever",
        node: { id: "fever", kind: "FINDING", name: "Fever" },
        annotation: "Ask about *fever*.",
      }),
      step({
        edgeId: "EVALUATES:urinalysis->pyelonephritis",
        question: "Which test?",
        answer: "Urinalysis.",
      }),
    ],
  } as Parameters<typeof toHandoutMarkdown>[0];

  it("writes every step with its notes, question, answer, safety and evidence, by name", () => {
    const markdown = toHandoutMarkdown(path, details);
    expect(markdown).toContain("# Kidney or spine?");
    expect(markdown).toContain("## Step 1: Fever");
    expect(markdown).toContain("## Step 2: Urinalysis → evaluates → Pyelonephritis");
    expect(markdown).toContain("**Question:** Which test?");
    expect(markdown).toContain("**Answer:** Urinalysis.");
    expect(markdown).toContain("**Safety — Urinalysis:** ✓ Allowed in pregnancy");
    expect(markdown).toContain("> “urinalysis EVALUATES pyelonephritis.”");
    expect(markdown).not.toMatch(/->/);
  });

  it("names the file after the path", () => {
    expect(toHandoutName("kidney-or-spine")).toBe("kidney-or-spine.handout.md");
  });
});
