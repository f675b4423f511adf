import { SAFETY_LEVELS } from "@bpx/domain";
import type { StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { SAFETY_VISUALS } from "../safety/safety";
import { createCaseStylesheet, RELATION_VISUALS } from "./case-style";

function styleOf(selector: string): Record<string, unknown> | undefined {
  const block = createCaseStylesheet().find((rule: StylesheetJsonBlock) => rule.selector === selector);
  return block && "style" in block ? (block.style as Record<string, unknown>) : undefined;
}

describe("createCaseStylesheet", () => {
  it.each(SAFETY_LEVELS)("colours %s nodes with the legend's colour", (level) => {
    expect(styleOf(`node.safety-${level.toLowerCase()}`)?.["background-color"]).toBe(
      SAFETY_VISUALS[level].color,
    );
  });

  it("leaves the outline to the kind: safety rules set no border", () => {
    for (const level of SAFETY_LEVELS)
      expect(styleOf(`node.safety-${level.toLowerCase()}`)).not.toHaveProperty("border-color");
  });

  it("sizes candidates from their data", () => {
    expect(styleOf("node.role-candidate")).toMatchObject({ width: "data(size)", height: "data(size)" });
  });

  it("gives every relation a distinct line style, arrow or colour pair", () => {
    const signatures = Object.values(RELATION_VISUALS).map((v) => `${v.lineStyle}/${v.arrow}/${v.color}`);
    expect(new Set(signatures).size).toBe(signatures.length);
    expect(styleOf("edge.relation-argues-against")).toMatchObject({
      "line-style": "dashed",
      "target-arrow-shape": "tee",
    });
    expect(styleOf("edge.relation-contraindicated")).toMatchObject({ "target-arrow-shape": "tee" });
  });

  it("keeps selection and hover after the case rules so they win", () => {
    const selectors = createCaseStylesheet().map((rule: StylesheetJsonBlock) => rule.selector);
    expect(selectors.indexOf("node:selected")).toBeGreaterThan(selectors.indexOf("edge.relation-supports"));
    expect(selectors.indexOf("edge.hover")).toBeGreaterThan(selectors.indexOf("edge.relation-related"));
  });
});
