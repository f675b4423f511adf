import { describe, expect, it } from "vitest";
import type { GraphNode } from "../api/types";
import {
  feverEdge,
  noFeverEdge,
  pyelonephritis,
  subgraph,
  urinalysis,
  urinalysisEdge,
} from "../test/fixtures";
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
  it("words a relationship type in lower case", () => {
    expect(["PRESENTS_WITH", "MAY_LEAD_TO", "TREATS"].map(toRelationLabel)).toEqual([
      "presents with",
      "may lead to",
      "treats",
    ]);
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
  it("leaves out hidden nodes and their edges, and marks pinned and collapsed ones", () => {
    const elements = toElements(subgraph, {
      hiddenIds: new Set(["urinalysis"]),
      pinnedIds: ["fever"],
      collapsedIds: ["pyelonephritis"],
    });
    expect(elements.map((element) => element.data.id)).toEqual([
      "pyelonephritis",
      "fever",
      "osteochondrosis",
      feverEdge.id,
      noFeverEdge.id,
    ]);
    expect(elements[1]?.classes).toContain("pinned");
    expect(elements[0]?.classes).toContain("collapsed");
    expect(elements[0]?.data.label).toBe("Pyelonephritis\n(collapsed)");
  });

  it("groups nodes into one compound node per kind, parents first", () => {
    const elements = toElements(subgraph, { cluster: "kind" });
    expect(elements.slice(0, 2).map((element) => [element.data.id, element.data.label])).toEqual([
      ["cluster:condition", "Conditions (2)"],
      ["cluster:finding", "Findings (1)"],
    ]);
    expect(elements.find((element) => element.data.id === "fever")?.data.parent).toBe("cluster:finding");
  });
});

describe("toConditionGroups", () => {
  // The fixture and a source no condition links to; grouping reads only its id, kind and name.
  const nice = { id: "nice", kind: "SOURCE", name: "NICE" } as unknown as GraphNode;
  const linked = { ...subgraph, nodes: [...subgraph.nodes, nice] };

  it("puts each node with a linked condition, the searched one first on a tie, else apart", () => {
    const groups = toConditionGroups(linked, ["pyelonephritis"]);
    expect(groups.get("fever")?.label).toBe("Pyelonephritis");
    expect(groups.get("urinalysis")?.label).toBe("Pyelonephritis");
    expect(groups.get("osteochondrosis")?.id).toBe("cluster:condition:osteochondrosis");
    expect(groups.get("nice")?.label).toBe("Not linked to a condition");
    // Without a searched node the tie goes by name.
    expect(toConditionGroups(linked).get("fever")?.label).toBe("Osteochondrosis");
  });

  it("draws one compound node per condition, named with its size", () => {
    const parents = toElements(linked, { cluster: "condition", focusIds: ["pyelonephritis"] }).filter(
      (element) => element.classes === "cluster",
    );
    expect(parents.map((element) => element.data.label).sort()).toEqual([
      "Not linked to a condition (1)",
      "Osteochondrosis (1)",
      "Pyelonephritis (3)",
    ]);
  });
});
