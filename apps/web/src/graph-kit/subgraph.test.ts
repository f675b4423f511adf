import { describe, expect, it } from "vitest";
import { feverEdge, noFeverEdge, subgraph, urinalysisEdge } from "../test/fixtures";
import { toIncidentEdges, toNodeName } from "./subgraph";

describe("toIncidentEdges", () => {
  it("lists a node's outgoing relationships before its incoming ones", () => {
    const incident = toIncidentEdges(subgraph, "pyelonephritis");
    expect(incident.map(({ edge, direction, otherId }) => [edge.id, direction, otherId])).toEqual([
      [feverEdge.id, "out", "fever"],
      [urinalysisEdge.id, "in", "urinalysis"],
    ]);
    expect(incident[0]?.other?.name).toBe("Fever");
  });

  it("orders edges of the same direction by the other node's name", () => {
    const incident = toIncidentEdges(subgraph, "fever");
    expect(incident.map(({ edge }) => edge.id)).toEqual([noFeverEdge.id, feverEdge.id]);
  });

  it("keeps an edge whose other end is outside the subgraph, without a node", () => {
    const incident = toIncidentEdges({ nodes: [], edges: [feverEdge] }, "fever");
    expect(incident).toEqual([
      { edge: feverEdge, other: undefined, otherId: "pyelonephritis", direction: "in" },
    ]);
  });

  it("returns nothing for a node without relationships", () => {
    expect(toIncidentEdges(subgraph, "nowhere")).toEqual([]);
  });
});

describe("toNodeName", () => {
  it("names a known node and falls back to the id's words, never the raw id", () => {
    expect(toNodeName(subgraph, "fever")).toBe("Fever");
    expect(toNodeName(subgraph, "unknown-id")).toBe("Unknown id");
  });
});
