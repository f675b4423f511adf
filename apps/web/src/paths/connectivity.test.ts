import { describe, expect, it } from "vitest";
import { areStepsConnected, findGaps, parseEdgeId, type StepTarget, toStepNodeIds } from "./connectivity";

const node = (nodeId: string): StepTarget => ({ nodeId, edgeId: null });
const edge = (edgeId: string): StepTarget => ({ nodeId: null, edgeId });

const EDGES = [
  { source: "pyelonephritis", target: "fever" },
  { source: "osteochondrosis", target: "fever" },
  { source: "urinalysis", target: "pyelonephritis" },
];

describe("parseEdgeId", () => {
  it.each([
    [
      "PRESENTS_WITH:pyelonephritis->fever",
      { type: "PRESENTS_WITH", source: "pyelonephritis", target: "fever" },
    ],
    ["MAY_LEAD_TO:a-b->c-d", { type: "MAY_LEAD_TO", source: "a-b", target: "c-d" }],
    ["no-colon", null],
    ["TYPE:no-arrow", null],
    ["TYPE:->x", null],
    [":a->b", null],
  ])("%s", (id, expected) => {
    expect(parseEdgeId(id)).toEqual(expected);
  });
});

describe("toStepNodeIds", () => {
  it("gives a node step's node and a relationship step's two ends", () => {
    expect(toStepNodeIds(node("fever"))).toEqual(["fever"]);
    expect(toStepNodeIds(edge("PRESENTS_WITH:pyelonephritis->fever"))).toEqual(["pyelonephritis", "fever"]);
    expect(toStepNodeIds(edge("garbled"))).toEqual([]);
  });
});

describe("areStepsConnected", () => {
  const adjacent = new Set(["fever\npyelonephritis"]);
  it.each([
    ["adjacent nodes, either direction", node("fever"), node("pyelonephritis"), true],
    ["nodes with no edge between them", node("fever"), node("urinalysis"), false],
    ["the same node twice", node("fever"), node("fever"), true],
    ["a node at one end of the edge", node("fever"), edge("PRESENTS_WITH:pyelonephritis->fever"), true],
    [
      "an edge then its start node",
      edge("PRESENTS_WITH:pyelonephritis->fever"),
      node("pyelonephritis"),
      true,
    ],
    ["a node off the edge", node("urinalysis"), edge("PRESENTS_WITH:pyelonephritis->fever"), false],
    ["edges sharing a node", edge("A:x->fever"), edge("B:fever->y"), true],
    ["edges sharing nothing", edge("A:x->y"), edge("B:p->q"), false],
  ])("%s", (_name, a, b, expected) => {
    expect(areStepsConnected(a, b, adjacent)).toBe(expected);
  });
});

describe("findGaps", () => {
  it("lists each step that does not follow on from the one before", () => {
    const steps = [
      node("urinalysis"),
      node("pyelonephritis"),
      edge("PRESENTS_WITH:pyelonephritis->fever"),
      node("fever"),
      node("urinalysis"),
      edge("PRESENTS_WITH:osteochondrosis->fever"),
    ];
    expect(findGaps(steps, EDGES)).toEqual([4, 5]);
  });

  it("finds none in an empty or one-step path", () => {
    expect(findGaps([], EDGES)).toEqual([]);
    expect(findGaps([node("fever")], [])).toEqual([]);
  });
});
