import type { ConcentricLayoutOptions, NodeSingular } from "cytoscape";
import { describe, expect, it } from "vitest";
import { isLayoutName, toLayoutOptions } from "./layouts";

describe("toLayoutOptions", () => {
  it("runs cose without animation, from scratch only when asked", () => {
    expect(toLayoutOptions("cose", { focusIds: [], randomize: true })).toMatchObject({
      name: "cose",
      animate: false,
      randomize: true,
    });
    expect(toLayoutOptions("cose", { focusIds: [], randomize: false })).toMatchObject({ randomize: false });
  });

  it("puts the focus nodes in the middle ring of the concentric layout", () => {
    const options = toLayoutOptions("concentric", {
      focusIds: ["fever"],
      randomize: false,
    }) as ConcentricLayoutOptions;
    const node = (id: string) => ({ id: () => id }) as NodeSingular;
    const ring = options.concentric ?? (() => 0);
    expect(options.name).toBe("concentric");
    expect(ring(node("fever"))).toBeGreaterThan(ring(node("dysuria")));
  });
});

describe("isLayoutName", () => {
  it.each([
    ["cose", true],
    ["concentric", true],
    ["grid", false],
  ])("%s -> %s", (name, expected) => {
    expect(isLayoutName(name)).toBe(expected);
  });
});
