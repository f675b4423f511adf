import { describe, expect, it } from "vitest";
import { toStyledCore } from "../test/styled-core";
import { createStylesheet } from "./style";
import { MIN_LEGIBLE_PX, toZoomBand, toZoomClass, ZOOM_THRESHOLDS } from "./zoom-labels";

describe("toZoomBand", () => {
  it.each([
    [3, "near"],
    [ZOOM_THRESHOLDS.mid, "near"],
    [0.6, "mid"],
    [ZOOM_THRESHOLDS.far, "mid"],
    [0.2, "far"],
  ])("zoom %d is %s", (zoom, band) => {
    expect(toZoomBand(zoom)).toBe(band);
  });
});

describe("zoom label rules", () => {
  function labelsAt(band: "near" | "mid" | "far") {
    const cy = toStyledCore(createStylesheet(), [
      { data: { id: "a", label: "Fever" }, classes: `kind-finding ${toZoomClass(band)}` },
      { data: { id: "b", label: "Pyelonephritis" }, classes: `kind-condition focus ${toZoomClass(band)}` },
      { data: { id: "e", source: "b", target: "a", label: "presents with" }, classes: toZoomClass(band) },
    ]);
    const read = (id: string) => ({
      label: String(cy.$id(id).style("label")),
      size: Number.parseFloat(String(cy.$id(id).style("font-size"))),
    });
    const result = { plain: read("a"), focus: read("b"), edge: read("e") };
    cy.destroy();
    return result;
  }

  it("shows every label near, hides edge labels and enlarges node labels mid-way", () => {
    const near = labelsAt("near");
    expect([near.plain.label, near.edge.label]).toEqual(["Fever", "presents with"]);
    const mid = labelsAt("mid");
    expect(mid.edge.label).toBe("");
    expect(mid.plain.size * ZOOM_THRESHOLDS.far).toBeGreaterThanOrEqual(8);
  });

  it("keeps only the focused nodes' labels on the overview, large enough to read", () => {
    const far = labelsAt("far");
    expect(far.plain.label).toBe("");
    expect(far.focus.label).toBe("Pyelonephritis");
    expect(far.focus.size * 0.3).toBeGreaterThanOrEqual(MIN_LEGIBLE_PX);
  });
});

describe("group labels", () => {
  it("stay legible on the overview, where the nodes' own labels are gone", () => {
    const cy = toStyledCore(createStylesheet(), [
      { data: { id: "g", label: "Findings (23)" }, classes: `cluster ${toZoomClass("far")}` },
    ]);
    expect(String(cy.$id("g").style("label"))).toBe("Findings (23)");
    expect(Number.parseFloat(String(cy.$id("g").style("font-size"))) * 0.2).toBeGreaterThanOrEqual(
      MIN_LEGIBLE_PX,
    );
    cy.destroy();
  });
});
