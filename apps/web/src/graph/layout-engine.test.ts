import { describe, expect, it } from "vitest";
import { computeLayout } from "./layout-engine";
import { type LayoutName, type LayoutRequest, toLayoutEdges } from "./layouts";

/** A layered graph of n nodes: findings -> conditions -> tests, each linked to two of the next layer. */
function layeredGraph(count: number, name: LayoutName): LayoutRequest {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    layer: index % 3,
    focus: index === 0,
    width: 30,
    height: 30,
  }));
  const edges = nodes.flatMap((node, index) =>
    [index + 1, index + 4]
      .filter((other) => other < count && nodes[other]?.layer !== node.layer)
      .map((other) => ({ id: `e${index}-${other}`, source: node.id, target: `n${other}` })),
  );
  return { name, nodes, edges, randomize: true };
}

describe("computeLayout", () => {
  it.each(["layered", "force", "concentric"] as const)("places every node with the %s layout", (name) => {
    const request = layeredGraph(12, name);
    const positions = computeLayout(request);
    expect(Object.keys(positions).sort()).toEqual(request.nodes.map((node) => node.id).sort());
    const distinct = new Set(Object.values(positions).map(({ x, y }) => `${x},${y}`));
    expect(distinct.size).toBe(request.nodes.length);
  });

  it("puts layers left to right in the layered layout, one column per layer", () => {
    const positions = computeLayout({
      name: "layered",
      nodes: [
        { id: "paracetamol", layer: 3, focus: false, width: 30, height: 30 },
        { id: "urinalysis", layer: 2, focus: false, width: 30, height: 30 },
        { id: "pyelonephritis", layer: 1, focus: true, width: 60, height: 60 },
        { id: "fever", layer: 0, focus: false, width: 30, height: 30 },
      ],
      // The test evaluates the condition: the edge points left, the layout still reads left to right.
      edges: [
        { id: "a", source: "urinalysis", target: "pyelonephritis" },
        { id: "b", source: "pyelonephritis", target: "fever" },
        { id: "c", source: "paracetamol", target: "pyelonephritis" },
      ],
      randomize: true,
    });
    const x = (id: string) => positions[id]?.x ?? Number.NaN;
    expect(x("fever")).toBeLessThan(x("pyelonephritis"));
    expect(x("pyelonephritis")).toBeLessThan(x("urinalysis"));
    expect(x("urinalysis")).toBeLessThan(x("paracetamol"));
  });

  it.each(["layered", "force"] as const)("lays out 300 elements (%s) well under a second", (name) => {
    const request = layeredGraph(110, name);
    expect(request.nodes.length + request.edges.length).toBeGreaterThanOrEqual(300);
    const start = performance.now();
    computeLayout(request);
    const elapsed = performance.now() - start;
    console.info(
      `${name} layout of ${request.nodes.length + request.edges.length} elements: ${elapsed.toFixed(0)} ms`,
    );
    expect(elapsed).toBeLessThan(1500);
  });
});

describe("toLayoutEdges", () => {
  const nodes = [
    { id: "t", layer: 2, focus: false, width: 1, height: 1 },
    { id: "c", layer: 1, focus: false, width: 1, height: 1 },
  ];
  const edges = [{ id: "e", source: "t", target: "c" }];

  it("turns edges that point back a layer for the layered layout only", () => {
    expect(toLayoutEdges({ name: "layered", nodes, edges })).toEqual([
      { id: "e", source: "c", target: "t", span: 1 },
    ]);
    expect(toLayoutEdges({ name: "force", nodes, edges })).toBe(edges);
  });

  it("leaves edges within a layer out of the layered layout", () => {
    const same = [...edges, { id: "s", source: "c", target: "c2" }];
    const withSibling = [...nodes, { id: "c2", layer: 1, focus: false, width: 1, height: 1 }];
    expect(toLayoutEdges({ name: "layered", nodes: withSibling, edges: same }).map((e) => e.id)).toEqual([
      "e",
    ]);
  });
});
