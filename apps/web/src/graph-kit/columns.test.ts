import { describe, expect, it } from "vitest";
import { toColumnPositions, toNonDecreasing } from "./columns";
import { computeLayout } from "./layout-engine";
import type { LayoutEdge, LayoutNode, LayoutPositions } from "./layouts";

const node = (id: string, layer: number, height = 20, width = 60): LayoutNode => ({
  id,
  layer,
  focus: false,
  width,
  height,
});

/** Pairs of edges between the same two columns that cross in the drawing. */
function crossings(edges: readonly LayoutEdge[], at: LayoutPositions): number {
  let count = 0;
  for (const [i, a] of edges.entries()) {
    for (const b of edges.slice(i + 1)) {
      const [a1, a2, b1, b2] = [at[a.source], at[a.target], at[b.source], at[b.target]];
      if (!a1 || !a2 || !b1 || !b2 || a1.x !== b1.x || a2.x !== b2.x) continue;
      if ((a1.y - b1.y) * (a2.y - b2.y) < 0) count++;
    }
  }
  return count;
}

describe("toColumnPositions", () => {
  it("puts each layer in its own column, left to right, and stacks a column without overlap", () => {
    const nodes = [node("f1", 0), node("f2", 0, 40), node("c1", 1, 30, 200), node("t1", 2), node("t2", 2)];
    const at = toColumnPositions({ nodes, edges: [] }, { rankSep: 170, nodeSep: 10 });
    expect(at.f1?.x).toBe(at.f2?.x);
    expect(at.t1?.x).toBe(at.t2?.x);
    // Column gaps: half the widest node of each column plus rankSep.
    expect((at.c1?.x ?? 0) - (at.f1?.x ?? 0)).toBe(30 + 170 + 100);
    expect((at.t1?.x ?? 0) - (at.c1?.x ?? 0)).toBe(100 + 170 + 30);
    // f1 (20 high) then f2 (40 high), 10 apart, centred on 0.
    expect(at.f1?.y).toBe(-35 + 10);
    expect(at.f2?.y).toBe(-35 + 20 + 10 + 20);
  });

  it("orders a column by its neighbours, so edges that could run straight do not cross", () => {
    // Conditions listed in the reverse order of the findings they link to: drawn in input order,
    // every pair of edges would cross.
    const findings = ["a", "b", "c", "d"].map((id) => node(id, 0));
    const conditions = ["D", "C", "B", "A"].map((id) => node(id, 1));
    const edges = ["a", "b", "c", "d"].map((id) => ({ id: `e${id}`, source: id, target: id.toUpperCase() }));
    const inputOrder: LayoutPositions = Object.fromEntries(
      [...findings, ...conditions].map((n, i) => [n.id, { x: n.layer, y: i % 4 }]),
    );
    expect(crossings(edges, inputOrder)).toBe(6);
    const at = toColumnPositions({ nodes: [...findings, ...conditions], edges });
    expect(crossings(edges, at)).toBe(0);
  });

  it("keeps each cluster's members together in a column, with room between clusters", () => {
    // Findings a0..a5 in order; tests alternate between two clusters and link to interleaved
    // findings, so ordering by neighbours alone would interleave the clusters.
    const findings = Array.from({ length: 6 }, (_, i) => node(`a${i}`, 0));
    const tests = Array.from({ length: 6 }, (_, i) => ({
      ...node(`t${i}`, 1),
      parent: i % 2 ? "drugs" : "tests",
    }));
    const edges = tests.map((t, i) => ({ id: `e${i}`, source: `a${i}`, target: t.id }));
    const at = toColumnPositions({ nodes: [...findings, ...tests], edges }, { nodeSep: 10, clusterSep: 60 });
    const ys = (parent: string) => tests.filter((t) => t.parent === parent).map((t) => at[t.id]?.y ?? 0);
    const [drugs, kept] = [ys("drugs"), ys("tests")];
    expect(Math.max(...drugs) < Math.min(...kept) || Math.max(...kept) < Math.min(...drugs)).toBe(true);
    const gap =
      Math.min(...kept) > Math.max(...drugs)
        ? Math.min(...kept) - Math.max(...drugs)
        : Math.min(...drugs) - Math.max(...kept);
    expect(gap).toBe(20 + 60);
  });

  it("gives the same drawing for the same graph", () => {
    const nodes = Array.from({ length: 60 }, (_, i) => node(`n${i}`, i % 4));
    const edges = nodes.flatMap((n, i) =>
      [i + 1, i + 5].filter((j) => j < 60).map((j) => ({ id: `e${i}-${j}`, source: n.id, target: `n${j}` })),
    );
    expect(toColumnPositions({ nodes, edges })).toEqual(toColumnPositions({ nodes, edges }));
  });
});

describe("placing a column's nodes towards their neighbours", () => {
  it("draws an edge straight when the column's order and spacing allow it", () => {
    // One finding linked to the fifth of five conditions: packed and centred, the finding would sit
    // level with the middle condition, 60 px above the one it links to.
    const conditions = ["c0", "c1", "c2", "c3", "c4"].map((id) => node(id, 1));
    const edges = [{ id: "e", source: "f", target: "c4" }];
    const at = toColumnPositions({ nodes: [node("f", 0), ...conditions], edges });
    expect(at.f?.y).toBeCloseTo(at.c4?.y ?? Number.NaN, 6);
    // The conditions keep their packed spacing: 20 px high, 10 apart.
    const ys = conditions.map((c) => at[c.id]?.y ?? Number.NaN).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeCloseTo(30, 6);
  });

  it("never lets two nodes of a column overlap, or closer than the spacing, on random graphs", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 40; round++) {
      const count = 5 + Math.floor(random() * 60);
      const nodes = Array.from({ length: count }, (_, i) =>
        node(
          `n${i}`,
          Math.floor(random() * 4),
          10 + Math.floor(random() * 60),
          40 + Math.floor(random() * 200),
        ),
      );
      const edges = Array.from({ length: count * 2 }, (_, i) => ({
        id: `e${i}`,
        source: `n${Math.floor(random() * count)}`,
        target: `n${Math.floor(random() * count)}`,
      }));
      const at = toColumnPositions({ nodes, edges }, { nodeSep: 10 });
      const byColumn = new Map<number, LayoutNode[]>();
      for (const n of nodes) byColumn.set(n.layer, [...(byColumn.get(n.layer) ?? []), n]);
      for (const column of byColumn.values()) {
        const sorted = [...column].sort((a, b) => (at[a.id]?.y ?? 0) - (at[b.id]?.y ?? 0));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1] as LayoutNode, sorted[i] as LayoutNode];
          const gap = (at[b.id]?.y ?? 0) - (at[a.id]?.y ?? 0) - (a.height + b.height) / 2;
          expect(gap, `${a.id} and ${b.id} in round ${round}`).toBeGreaterThanOrEqual(10 - 1e-6);
        }
      }
    }
  });
});

describe("toNonDecreasing", () => {
  it("replaces each run that goes down by its mean", () => {
    expect(toNonDecreasing([1, 2, 3])).toEqual([1, 2, 3]);
    expect(toNonDecreasing([3, 1, 2])).toEqual([2, 2, 2]);
    expect(toNonDecreasing([0, 5, 1, 6])).toEqual([0, 3, 3, 6]);
    expect(toNonDecreasing([])).toEqual([]);
  });

  it("is the nearest non-decreasing sequence: no small move of it comes closer", () => {
    const values = [4, -2, 7, 7, 1, 3, 9, -5, 0, 2];
    const fitted = toNonDecreasing(values);
    const cost = (ys: number[]) => ys.reduce((sum, y, i) => sum + (y - (values[i] ?? 0)) ** 2, 0);
    for (let i = 1; i < fitted.length; i++) expect(fitted[i] ?? 0).toBeGreaterThanOrEqual(fitted[i - 1] ?? 0);
    for (let i = 0; i < fitted.length; i++) {
      for (const step of [-0.01, 0.01]) {
        const moved = fitted.map((y, j) => (j === i ? y + step : y));
        const ordered = moved.every((y, j) => j === 0 || y >= (moved[j - 1] ?? 0));
        if (ordered) expect(cost(moved)).toBeGreaterThan(cost(fitted));
      }
    }
  });
});

describe("computeLayout on a large layered graph", () => {
  const count = 200;
  const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, i % 4));
  const edges = nodes.flatMap((n, i) =>
    [i + 1, i + 3, i + 7]
      .filter((j) => j < count && j % 4 !== i % 4)
      .map((j) => ({ id: `e${i}-${j}`, source: n.id, target: `n${j}` })),
  );

  it("places every node in its layer's column, none on another", () => {
    const at = computeLayout({ name: "layered", nodes, edges, randomize: true });
    const columnX = [0, 1, 2, 3].map((layer) => at[`n${layer}`]?.x);
    expect(new Set(columnX).size).toBe(4);
    expect([...columnX].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(columnX);
    for (const n of nodes) expect(at[n.id]?.x, n.id).toBe(columnX[n.layer]);
    expect(new Set(nodes.map((n) => `${at[n.id]?.x},${at[n.id]?.y}`)).size).toBe(count);
  });

  it("crosses fewer edges than the nodes' input order would", () => {
    // The nodes handed over in a scrambled order (a stride coprime with their number).
    const scrambled = nodes.map((_, i) => nodes[(i * 37) % count] as LayoutNode);
    const at = computeLayout({ name: "layered", nodes: scrambled, edges, randomize: true });
    const columnX = [0, 1, 2, 3].map((layer) => at[`n${layer}`]?.x ?? 0);
    const inputOrder: LayoutPositions = Object.fromEntries(
      scrambled.map((n, i) => [n.id, { x: columnX[n.layer] ?? 0, y: i }]),
    );
    expect(crossings(edges, inputOrder)).toBeGreaterThan(1000);
    expect(crossings(edges, at)).toBeLessThan(crossings(edges, inputOrder) / 2);
  });

  it("never moves a fixed node", () => {
    const fixed = nodes.slice(0, 3).map((n, i) => ({ ...n, position: { x: 5000 + i, y: -5000 } }));
    const at = computeLayout({
      name: "layered",
      nodes: [...fixed, ...nodes.slice(3)],
      edges,
      randomize: false,
      fixed: fixed.map((n) => n.id),
    });
    for (const [i, n] of fixed.entries()) expect(at[n.id]).toEqual({ x: 5000 + i, y: -5000 });
  });
});
