import { describe, expect, it } from "vitest";
import { conflicting, differential, linked } from "../test/case-fixtures";
import { type CaseGraphInput, toCaseGraph, toRelation } from "./case-graph";

const input: CaseGraphInput = {
  present: ["fever"],
  absent: ["nausea"],
  findingNames: { fever: "Fever", nausea: "Nausea" },
  differential,
  linked,
  expanded: null,
  expandedIds: [],
};

describe("toCaseGraph", () => {
  const graph = toCaseGraph(input);
  const node = (id: string) => graph.nodes.find((candidate) => candidate.id === id);
  const edge = (id: string) => graph.edges.find((candidate) => candidate.id === id);

  it("draws entered findings, candidates, findings to ask and linked tests and drugs", () => {
    expect(graph.nodes.map((n) => [n.id, n.role])).toEqual([
      ["fever", "present"],
      ["nausea", "absent"],
      ["pyelonephritis", "candidate"],
      ["osteochondrosis", "candidate"],
      ["leukocyturia", "ask"],
      ["urinalysis", "linked"],
      ["radiography", "linked"],
      ["fluoroquinolones", "linked"],
    ]);
    expect(node("pyelonephritis")).toMatchObject({ rank: 1, probability: 0.95, urgency: "urgent" });
    expect(node("radiography")?.safety).toBe("CONFLICTING");
  });

  it("leaves out measures not linked to a leader, and never re-adds an entered finding to ask", () => {
    expect(node("yoga")).toBeUndefined();
    expect(node("fever")?.role).toBe("present");
  });

  it("links findings to candidates as supporting or arguing against, with the likelihood ratio", () => {
    expect(edge("SUPPORTS:fever->pyelonephritis")).toMatchObject({
      relation: "supports",
      ratio: 11.4,
      evidenceCount: 1,
    });
    expect(edge("ARGUES_AGAINST:fever->osteochondrosis")).toMatchObject({
      relation: "argues-against",
      ratio: 0.1,
    });
    expect(edge("ASK:leukocyturia->pyelonephritis")?.relation).toBe("would-tell-apart");
  });

  it("draws no edge for a finding the graph does not link to the candidate", () => {
    const unlinked = toCaseGraph({
      ...input,
      differential: {
        ...differential,
        candidates: differential.candidates.map((c) => ({
          ...c,
          supporting: c.supporting.map((s) => ({ ...s, frequency: null })),
          opposing: [],
        })),
      },
    });
    expect(unlinked.edges.filter((e) => e.type === "SUPPORTS" || e.type === "ARGUES_AGAINST")).toEqual([]);
  });

  it("styles graph relationships by meaning and safety", () => {
    expect(edge("EVALUATES:urinalysis->pyelonephritis")?.relation).toBe("evaluates");
    expect(edge("TREATS:fluoroquinolones->pyelonephritis")?.relation).toBe("contraindicated");
    expect(edge("ALTERNATIVE_TO:urinalysis->radiography")?.relation).toBe("alternative");
  });

  it("adds the whole neighbourhood of expanded nodes and marks them", () => {
    const grown = toCaseGraph({
      ...input,
      expandedIds: ["radiography"],
      expanded: {
        truncated: false,
        nodes: [
          { id: "radiography", kind: "DIAGNOSTIC", name: "Radiography", aliases: [], safety: conflicting },
          { id: "acog", kind: "SOURCE", name: "ACOG", aliases: [] },
        ],
        edges: [
          {
            ...linked.edges[0],
            id: "HAS_SAFETY:radiography->acog",
            type: "HAS_SAFETY",
            source: "radiography",
            target: "acog",
          },
        ] as typeof linked.edges,
      },
    });
    expect(grown.nodes.find((n) => n.id === "acog")?.role).toBe("linked");
    expect(grown.nodes.find((n) => n.id === "radiography")?.expanded).toBe(true);
    expect(grown.edges.find((e) => e.type === "HAS_SAFETY")?.relation).toBe("related");
  });

  it("draws only the entered findings before there is a differential", () => {
    const bare = toCaseGraph({ ...input, differential: null, linked: null });
    expect(bare.nodes.map((n) => n.id)).toEqual(["fever", "nausea"]);
    expect(bare.edges).toEqual([]);
  });
});

describe("toRelation", () => {
  it.each([
    ["EVALUATES", null, undefined, "evaluates"],
    ["TREATS", null, "ALLOWED", "treats"],
    ["RELIEVES", null, "AVOID", "contraindicated"],
    ["TREATS", null, "CONFLICTING", "treats"],
    ["PRESENTS_WITH", "never", undefined, "argues-against"],
    ["PRESENTS_WITH", "often", undefined, "related"],
  ] as const)("%s (%s, %s) is drawn as %s", (type, frequency, safety, relation) => {
    expect(toRelation({ type, frequency }, safety)).toBe(relation);
  });
});
