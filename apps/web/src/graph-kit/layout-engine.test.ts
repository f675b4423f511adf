import { describe, expect, it } from "vitest";
import { computeLayout } from "./layout-engine";
import type { LayoutName, LayoutRequest } from "./layouts";

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

  // How fast it is, is measured by `pnpm bench:web` (a script), never by a timed test.
  it.each(["layered", "force"] as const)("places every node of a 300-element graph (%s)", (name) => {
    const request = layeredGraph(110, name);
    expect(request.nodes.length + request.edges.length).toBeGreaterThanOrEqual(300);
    const positions = computeLayout(request);
    for (const node of request.nodes) {
      const at = positions[node.id];
      expect(at, node.id).toBeDefined();
      expect(Number.isFinite(at?.x) && Number.isFinite(at?.y), node.id).toBe(true);
    }
    const distinct = new Set(
      request.nodes.map((node) => `${positions[node.id]?.x},${positions[node.id]?.y}`),
    );
    expect(distinct.size).toBe(request.nodes.length);
  });
});

describe("computeLayout with groups", () => {
  /** 118 nodes in five kind groups, each linked to one of four hub conditions, as a big explorer drawing. */
  function groupedRequest(): LayoutRequest {
    const sizes = { c: 12, f: 45, d: 11, g: 22, i: 28 };
    const nodes: LayoutRequest["nodes"] = Object.entries(sizes).flatMap(([kind, count]) =>
      Array.from({ length: count }, (_, i) => ({
        id: `${kind}${i}`,
        layer: 0,
        focus: false,
        width: 30,
        height: 30,
        parent: `group-${kind}`,
      })),
    );
    const edges = nodes
      .filter((node) => !node.id.startsWith("c"))
      .map((node, i) => ({ id: `e${i}`, source: `c${i % 4}`, target: node.id }));
    return { name: "force", nodes, edges, randomize: true };
  }

  it("keeps the groups apart: their boxes do not overlap", () => {
    const request = groupedRequest();
    const positions = computeLayout(request);
    const boxes = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
    for (const node of request.nodes) {
      const p = positions[node.id];
      if (!p || !node.parent) continue;
      const b = boxes.get(node.parent) ?? { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      boxes.set(node.parent, {
        x1: Math.min(b.x1, p.x - 15),
        y1: Math.min(b.y1, p.y - 15),
        x2: Math.max(b.x2, p.x + 15),
        y2: Math.max(b.y2, p.y + 15),
      });
    }
    const list = [...boxes.values()];
    const overlaps: number[] = [];
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (w > 0 && h > 0) overlaps.push(Math.round(w * h));
      }
    });
    expect(list).toHaveLength(5);
    expect(overlaps).toEqual([]);
    expect(Object.keys(positions)).not.toContain("group-f");
  });
});

describe("computeLayout with fixed nodes", () => {
  it.each(["force", "layered", "concentric"] as const)("never moves a fixed node (%s)", (name) => {
    const request = layeredGraph(30, name);
    const fixed = request.nodes.slice(0, 5).map((node, i) => {
      // Not on the tenth-of-a-pixel grid computed positions are rounded to: a fixed node is not
      // even moved by that rounding (it was, and a grown graph's searched node shifted by a pixel).
      node.position = { x: 1000.04 + i * 40, y: -39.54 };
      return node.id;
    });
    const positions = computeLayout({ ...request, randomize: false, fixed });
    for (const [i, id] of fixed.entries()) expect(positions[id]).toEqual({ x: 1000.04 + i * 40, y: -39.54 });
  });
});
