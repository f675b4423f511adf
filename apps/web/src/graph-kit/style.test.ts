import { NODE_KINDS, SAFETY_LEVELS } from "@bpx/domain";
import type { StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { SAFETY_VISUALS } from "../safety/safety";
import { RELATION_VISUALS } from "./case-style";
import { KIND_OUTLINE, KIND_VISUALS, toKindClass } from "./kinds";
import { createStylesheet } from "./style";

function styleOf(selector: string): Record<string, unknown> | undefined {
  const block = createStylesheet().find((rule: StylesheetJsonBlock) => rule.selector === selector);
  return block && "style" in block ? (block.style as Record<string, unknown>) : undefined;
}

describe("createStylesheet", () => {
  it.each(NODE_KINDS)("gives %s nodes a shape and no colour of their own", (kind) => {
    expect(styleOf(`node.${toKindClass(kind)}`)).toEqual({ shape: KIND_VISUALS[kind].shape });
  });

  it("tells kinds apart by shape, outlined in one ink", () => {
    const visuals = Object.values(KIND_VISUALS);
    expect(new Set(visuals.map((visual) => visual.shape)).size).toBe(visuals.length);
    expect(styleOf("node")).toMatchObject({ "background-color": "#ffffff", "border-color": KIND_OUTLINE });
  });

  it.each(SAFETY_LEVELS)("fills %s nodes with the legend's colour, patterned unless allowed", (level) => {
    const style = styleOf(`node.safety-${level.toLowerCase()}`);
    expect(style?.["background-color"]).toBe(SAFETY_VISUALS[level].color);
    if (level === "ALLOWED") expect(style?.["background-image"]).toBeUndefined();
    else expect(style?.["background-image"]).toMatch(/^data:image\/svg\+xml/);
  });

  it("never uses a safety hue for a relation, except red for the two that say against", () => {
    const safetyHues = new Set(Object.values(SAFETY_VISUALS).map((visual) => visual.color.toLowerCase()));
    const clashes = Object.entries(RELATION_VISUALS).filter(([, visual]) =>
      safetyHues.has(visual.color.toLowerCase()),
    );
    expect(clashes.map(([relation]) => relation).sort()).toEqual(["argues-against", "contraindicated"]);
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
