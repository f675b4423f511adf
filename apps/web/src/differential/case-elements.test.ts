import { describe, expect, it } from "vitest";
import { toCandidateSize, toCaseElements, toEdgeLabel, toNodeLabel } from "./case-elements";
import type { CaseGraph } from "./case-graph";

const graph: CaseGraph = {
  nodes: [
    { id: "fever", kind: "FINDING", name: "Fever", role: "present", expanded: false },
    { id: "nausea", kind: "FINDING", name: "Nausea", role: "absent", expanded: false },
    {
      id: "pyelo",
      kind: "CONDITION",
      name: "Pyelonephritis",
      role: "candidate",
      rank: 1,
      probability: 0.954,
      expanded: false,
    },
    {
      id: "xray",
      kind: "DIAGNOSTIC",
      name: "Radiography",
      role: "linked",
      safety: "CONFLICTING",
      expanded: true,
    },
    { id: "ask", kind: "FINDING", name: "Leukocyturia", role: "ask", expanded: false },
  ],
  edges: [
    {
      id: "s",
      source: "fever",
      target: "pyelo",
      relation: "supports",
      type: "SUPPORTS",
      ratio: 11.4,
      evidenceCount: 1,
    },
    { id: "e", source: "xray", target: "pyelo", relation: "evaluates", type: "EVALUATES", evidenceCount: 1 },
    { id: "r", source: "xray", target: "pyelo", relation: "related", type: "MAY_LEAD_TO", evidenceCount: 1 },
  ],
};

describe("toCaseElements", () => {
  const elements = toCaseElements(graph);
  const byId = new Map(elements.map((element) => [element.data.id, element]));

  it("classes nodes by kind, role, safety and focus", () => {
    expect(byId.get("fever")?.classes).toBe("kind-finding role-present focus");
    expect(byId.get("pyelo")?.classes).toBe("kind-condition role-candidate focus");
    expect(byId.get("xray")?.classes).toBe("kind-diagnostic role-linked safety-conflicting focus");
    expect(byId.get("nausea")?.classes).toBe("kind-finding role-absent");
  });

  it("sizes candidates by probability and puts each kind in its layer", () => {
    expect(byId.get("pyelo")?.data).toMatchObject({
      probability: 0.954,
      size: toCandidateSize(0.954),
      layer: 1,
    });
    expect(byId.get("ask")?.data.layer).toBe(0);
    expect(byId.get("xray")?.data.layer).toBe(2);
    expect(byId.get("fever")?.data.layer).toBe(0);
    expect(toCandidateSize(0)).toBeLessThan(toCandidateSize(0.04));
    expect(toCandidateSize(0.04)).toBeLessThan(toCandidateSize(1));
  });

  it("drops hidden kinds and the edges that touch them", () => {
    const shown = toCaseElements(graph, { hiddenKinds: ["DIAGNOSTIC"] });
    expect(shown.map((element) => element.data.id)).toEqual(["fever", "nausea", "pyelo", "ask", "s"]);
  });

  it("drops nodes hidden one by one, and marks pinned and collapsed ones", () => {
    const shown = toCaseElements(graph, {
      hiddenIds: new Set(["xray"]),
      pinnedIds: ["pyelo"],
      collapsedIds: ["fever"],
    });
    expect(shown.map((element) => element.data.id)).toEqual(["fever", "nausea", "pyelo", "ask", "s"]);
    const byId = new Map(shown.map((element) => [element.data.id, element]));
    expect(byId.get("pyelo")?.classes).toContain("pinned");
    expect(byId.get("fever")?.classes).toContain("collapsed");
    expect(byId.get("fever")?.data.label).toBe("Fever\n(present)\n(collapsed)");
    expect(byId.get("nausea")?.classes).not.toMatch(/pinned|collapsed/);
  });

  it("classes edges by relation", () => {
    expect(byId.get("s")?.classes).toBe("relation-supports");
    expect(byId.get("e")?.data).toMatchObject({ relation: "evaluates", label: "evaluates" });
  });
});

describe("labels", () => {
  it.each([
    ["fever", "Fever\n(present)"],
    ["nausea", "Nausea\n(absent)"],
    ["pyelo", "#1 Pyelonephritis\n95%"],
    ["xray", "Radiography\n⇄ Conflicting"],
    ["ask", "Ask: Leukocyturia?"],
  ])("labels %s in words", (id, label) => {
    const node = graph.nodes.find((candidate) => candidate.id === id);
    expect(node && toNodeLabel(node)).toBe(label);
  });

  it("gives edges their relation and likelihood ratio", () => {
    expect(graph.edges.map(toEdgeLabel)).toEqual(["supports ×11", "evaluates", "may lead to"]);
  });
});
