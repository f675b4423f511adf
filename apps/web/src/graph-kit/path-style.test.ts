import type { StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { toStyledCore } from "../test/styled-core";
import { createPathStylesheet } from "./path-style";
import { toStylesheet } from "./view-styles";
import { toZoomClass } from "./zoom-labels";

describe("createPathStylesheet", () => {
  const selectors = (mode: "builder" | "presenter") =>
    (createPathStylesheet(mode) as StylesheetJsonBlock[]).map((block) => block.selector);

  it("styles every path class and fades context only in the presenter", () => {
    for (const selector of [
      "node.step-current",
      "edge.step-current",
      "node.step-visited",
      ".step-upcoming",
    ]) {
      expect(selectors("presenter")).toContain(selector);
    }
    expect(selectors("presenter")).toContain(".off-path");
    expect(selectors("builder")).not.toContain(".off-path");
  });

  it("keeps a step's label on the overview, where other nodes lose theirs", () => {
    const cy = toStyledCore(createPathStylesheet("builder"), [
      { data: { id: "step", label: "1 · Fever" }, classes: `kind-finding in-path ${toZoomClass("far")}` },
      { data: { id: "other", label: "Nausea" }, classes: `kind-finding off-path ${toZoomClass("far")}` },
    ]);
    expect([String(cy.$id("step").style("label")), String(cy.$id("other").style("label"))]).toEqual([
      "1 · Fever",
      "",
    ]);
    cy.destroy();
  });
});

describe("toStylesheet", () => {
  it("gives each view one stylesheet object for the page's life, and each view its own", () => {
    expect(toStylesheet("path-presenter")).toBe(toStylesheet("path-presenter"));
    expect(toStylesheet("path-presenter")).not.toBe(toStylesheet("path-builder"));
    expect(toStylesheet("case")).toEqual(
      expect.arrayContaining([expect.objectContaining({ selector: "node.role-candidate" })]),
    );
    expect(toStylesheet("explore")).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ selector: "node.role-candidate" })]),
    );
  });
});
