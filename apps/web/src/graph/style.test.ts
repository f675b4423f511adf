import { NODE_KINDS } from "@bpx/domain";
import type { StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { KIND_VISUALS, toKindClass } from "./kinds";
import { createStylesheet } from "./style";

function styleOf(selector: string): Record<string, unknown> | undefined {
  const block = createStylesheet().find((rule: StylesheetJsonBlock) => rule.selector === selector);
  return block && "style" in block ? (block.style as Record<string, unknown>) : undefined;
}

describe("createStylesheet", () => {
  it.each(NODE_KINDS)("gives %s nodes both a colour and a shape", (kind) => {
    expect(styleOf(`node.${toKindClass(kind)}`)).toEqual({
      "background-color": KIND_VISUALS[kind].color,
      shape: KIND_VISUALS[kind].shape,
    });
  });

  it("never lets colour alone tell two kinds apart", () => {
    const visuals = Object.values(KIND_VISUALS);
    expect(new Set(visuals.map((visual) => visual.color)).size).toBe(visuals.length);
    expect(new Set(visuals.map((visual) => visual.shape)).size).toBe(visuals.length);
  });

  it("labels nodes with their name and edges with their relationship", () => {
    expect(styleOf("node")?.label).toBe("data(label)");
    expect(styleOf("edge")?.label).toBe("data(label)");
  });

  it("draws edges that argue against dashed, and other edges solid", () => {
    expect(styleOf("edge.argues-against")?.["line-style"]).toBe("dashed");
    expect(styleOf("edge")?.["line-style"]).toBeUndefined();
  });

  it("uses only system fonts on the canvas", () => {
    expect(styleOf("node")?.["font-family"]).toMatch(/^system-ui,/);
  });

  it("returns a fresh stylesheet each call so callers cannot share mutations", () => {
    expect(createStylesheet()).not.toBe(createStylesheet());
    expect(createStylesheet()).toEqual(createStylesheet());
  });
});
