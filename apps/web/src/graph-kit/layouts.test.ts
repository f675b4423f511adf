import type { ConcentricLayoutOptions, NodeSingular } from "cytoscape";
import { describe, expect, it } from "vitest";
import {
  FIT_PADDING,
  isLayoutName,
  toFitPadding,
  toLayoutKey,
  toLayoutOptions,
  toWalkPositions,
} from "./layouts";

const nodes = [
  { id: "fever", layer: 0, focus: true, width: 30, height: 30 },
  { id: "dysuria", layer: 0, focus: false, width: 30, height: 30 },
];

describe("toLayoutOptions", () => {
  it.each([
    ["force", "fcose"],
    ["concentric", "concentric"],
  ] as const)("runs %s as %s, never animated and never fitting (the page fits)", (name, extension) => {
    expect(toLayoutOptions({ name, nodes, randomize: true })).toMatchObject({
      name: extension,
      animate: false,
      fit: false,
    });
  });

  it("starts the force-directed layout from the current positions unless asked to randomize", () => {
    expect(toLayoutOptions({ name: "force", nodes, randomize: false })).toMatchObject({ randomize: false });
    expect(toLayoutOptions({ name: "force", nodes, randomize: true })).toMatchObject({ randomize: true });
  });

  it("puts the focus nodes in the middle ring of the concentric layout", () => {
    const options = toLayoutOptions({
      name: "concentric",
      nodes,
      randomize: false,
    }) as ConcentricLayoutOptions;
    const node = (id: string) => ({ id: () => id }) as NodeSingular;
    const ring = options.concentric ?? (() => 0);
    expect(ring(node("fever"))).toBeGreaterThan(ring(node("dysuria")));
  });
});

describe("isLayoutName", () => {
  it("knows our three layouts and no other", () => {
    expect(["layered", "cose", "force", "grid", "concentric"].filter(isLayoutName)).toEqual([
      "layered",
      "force",
      "concentric",
    ]);
  });
});

describe("toWalkPositions", () => {
  it("lays the walk along rows that turn back, keeping consecutive nodes adjacent", () => {
    const positions = toWalkPositions(["a", "b", "c", "d", "e", "f"], { dx: 10, dy: 100 });
    expect(positions).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 10, y: 0 },
      c: { x: 20, y: 0 },
      d: { x: 20, y: 100 },
      e: { x: 10, y: 100 },
      f: { x: 0, y: 100 },
    });
    expect(toWalkPositions(["only"])).toEqual({ only: { x: 0, y: 0 } });
    expect(toWalkPositions([])).toEqual({});
  });
});

describe("the walk beside the worker layouts", () => {
  const walk = { name: "walk", order: ["a", "b"] } as const;

  it("fits the walk with more room than the worker layouts", () => {
    expect(toFitPadding("force")).toBe(FIT_PADDING);
    expect(toFitPadding(walk)).toBeGreaterThan(FIT_PADDING);
  });

  it("keys a walk by its order, so an equal walk in a new object does not lay out again", () => {
    expect(toLayoutKey({ ...walk })).toBe(toLayoutKey(walk));
    expect(toLayoutKey({ name: "walk", order: ["a", "b", "c"] })).not.toBe(toLayoutKey(walk));
    expect(toLayoutKey("layered")).toBe("layered");
  });
});
