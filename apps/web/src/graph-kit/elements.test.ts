import { describe, expect, it } from "vitest";
import { feverEdge, pyelonephritis, subgraph, urinalysis, urinalysisEdge } from "../test/fixtures";
import { isArguingAgainst, toConditionGroups, toElements, toRelationLabel } from "./elements";

describe("toElements", () => {
  const elements = toElements(subgraph, { focusIds: ["pyelonephritis"] });
  const byId = new Map(elements.map((element) => [element.data.id, element]));

  it("makes one node per graph node and one edge per relationship, nodes first", () => {
    expect(elements.map((element) => element.group)).toEqual([
      "nodes",
      "nodes",
      "nodes",
      "nodes",
      "edges",
      "edges",
      "edges",
    ]);
  });

  it.each([
    ["pyelonephritis", "kind-condition focus"],
    ["fever", "kind-finding"],
    ["urinalysis", "kind-diagnostic"],
  ])("classes node %s by kind and focus: %s", (id, classes) => {
    expect(byId.get(id)?.classes).toBe(classes);
    expect(byId.get(id)?.data).toMatchObject({ id, kind: expect.any(String), label: expect.any(String) });
  });

  it("labels an edge with its relationship type", () => {
    expect(byId.get(feverEdge.id)?.data).toEqual({
      id: feverEdge.id,
      source: "pyelonephritis",
      target: "fever",
      type: "PRESENTS_WITH",
      frequency: "usually",
      label: "presents with",
    });
    expect(byId.get(feverEdge.id)?.classes).toBe("");
  });

  it("marks a 'never' edge as arguing against, in class and label", () => {
    const never = byId.get("PRESENTS_WITH:osteochondrosis->fever");
    expect(never?.classes).toBe("argues-against");
    expect(never?.data.label).toBe("never presents with");
  });

  it("drops edges whose ends are missing and duplicates of either", () => {
    const result = toElements({
      nodes: [pyelonephritis, pyelonephritis, urinalysis],
      edges: [urinalysisEdge, urinalysisEdge, feverEdge],
    });
    expect(result.map((element) => element.data.id)).toEqual([
      "pyelonephritis",
      "urinalysis",
      urinalysisEdge.id,
    ]);
  });

  it("returns no elements for an empty subgraph", () => {
    expect(toElements({ nodes: [], edges: [] })).toEqual([]);
  });
});

describe("relationship helpers", () => {
  it.each([
    ["PRESENTS_WITH", "presents with"],
    ["MAY_LEAD_TO", "may lead to"],
    ["TREATS", "treats"],
  ])("labels %s as %s", (type, label) => {
    expect(toRelationLabel(type)).toBe(label);
  });

  it.each([
    ["never", true],
    ["rarely", false],
    [null, false],
  ])("frequency %s argues against: %s", (frequency, expected) => {
    expect(isArguingAgainst({ frequency })).toBe(expected);
  });
});

describe("toElements: focus and context", () => {
  const subgraph = {
    nodes: [
      { id: "pyelo", kind: "CONDITION", name: "Pyelonephritis" },
      { id: "fever", kind: "FINDING", name: "Fever" },
      { id: "pain", kind: "FINDING", name: "Loin pain" },
    ],
    edges: [
      { id: "e1", type: "PRESENTS_WITH", source: "pyelo", target: "fever", frequency: null },
      { id: "e2", type: "PRESENTS_WITH", source: "pyelo", target: "pain", frequency: null },
    ],
  } as unknown as Parameters<typeof toElements>[0];

  it("leaves out hidden nodes and their edges, and marks pinned and collapsed ones", () => {
    const elements = toElements(subgraph, {
      hiddenIds: new Set(["pain"]),
      pinnedIds: ["fever"],
      collapsedIds: ["pyelo"],
    });
    expect(elements.map((element) => element.data.id)).toEqual(["pyelo", "fever", "e1"]);
    expect(elements[1]?.classes).toContain("pinned");
    expect(elements[0]?.classes).toContain("collapsed");
    expect(elements[0]?.data.label).toBe("Pyelonephritis\n(collapsed)");
  });

  it("groups nodes into one compound node per kind, parents first", () => {
    const elements = toElements(subgraph, { cluster: "kind" });
    expect(elements.slice(0, 2).map((element) => [element.data.id, element.data.label])).toEqual([
      ["cluster:condition", "Conditions (1)"],
      ["cluster:finding", "Findings (2)"],
    ]);
    expect(elements.find((element) => element.data.id === "fever")?.data.parent).toBe("cluster:finding");
  });
});

describe("toConditionGroups", () => {
  const subgraph = {
    nodes: [
      { id: "pyelo", kind: "CONDITION", name: "Pyelonephritis" },
      { id: "stone", kind: "CONDITION", name: "Kidney stone" },
      { id: "fever", kind: "FINDING", name: "Fever" },
      { id: "colic", kind: "FINDING", name: "Colic" },
      { id: "nice", kind: "SOURCE", name: "NICE" },
    ],
    edges: [
      { id: "e1", type: "PRESENTS_WITH", source: "pyelo", target: "fever", frequency: null },
      { id: "e2", type: "PRESENTS_WITH", source: "stone", target: "fever", frequency: null },
      { id: "e3", type: "PRESENTS_WITH", source: "stone", target: "colic", frequency: null },
    ],
  } as unknown as Parameters<typeof toElements>[0];

  it("puts each node with a linked condition, the searched one first on a tie, else apart", () => {
    const groups = toConditionGroups(subgraph, ["pyelo"]);
    expect(groups.get("fever")?.label).toBe("Pyelonephritis");
    expect(groups.get("colic")?.label).toBe("Kidney stone");
    expect(groups.get("stone")?.id).toBe("cluster:condition:stone");
    expect(groups.get("nice")?.label).toBe("Not linked to a condition");
    // Without a searched node the tie goes by name.
    expect(toConditionGroups(subgraph).get("fever")?.label).toBe("Kidney stone");
  });

  it("draws one compound node per condition, named with its size", () => {
    const parents = toElements(subgraph, { cluster: "condition", focusIds: ["pyelo"] }).filter(
      (element) => element.classes === "cluster",
    );
    expect(parents.map((element) => element.data.label).sort()).toEqual([
      "Kidney stone (2)",
      "Not linked to a condition (1)",
      "Pyelonephritis (2)",
    ]);
  });
});
