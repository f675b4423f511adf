import { describe, expect, it } from "vitest";
import {
  BAND_FLOOR,
  GROW_MAX_SHARE,
  isOverflowing,
  MAX_OVERFLOW,
  type SizingTrial,
  toBoxCentred,
  toDrawnExtent,
  toFitHeight,
  toFitZoom,
  toSizingStep,
} from "./label-fit";
import { ZOOM_THRESHOLDS } from "./zoom-labels";

const frame = { width: 900, height: 560, padding: 30, minZoom: 0.15, maxZoom: 3 };

describe("toFitZoom", () => {
  it("is cy.fit's zoom: the tighter of the two sides, inside the padding", () => {
    // 840 / 1680 = 0.5 across, 500 / 500 = 1 down.
    expect(toFitZoom({ x1: 0, y1: 0, x2: 1680, y2: 500 }, frame)).toBeCloseTo(0.5);
  });

  it("keeps to the core's zoom range, and is raised to the floor asked for", () => {
    expect(toFitZoom({ x1: 0, y1: 0, x2: 10, y2: 10 }, frame)).toBe(3);
    expect(toFitZoom({ x1: 0, y1: 0, x2: 84_000, y2: 10 }, frame)).toBe(0.15);
    expect(toFitZoom({ x1: 0, y1: 0, x2: 2000, y2: 500 }, frame, 0.45)).toBe(0.45);
  });

  it("is null for a canvas with no size (hidden)", () => {
    expect(toFitZoom({ x1: 0, y1: 0, x2: 100, y2: 100 }, { ...frame, width: 0 })).toBeNull();
  });
});

describe("toDrawnExtent and toBoxCentred", () => {
  // A 26 px node whose two-line label hangs 40 px below it.
  const boxes = [
    { id: "a", x1: -60, y1: -13, x2: 60, y2: 58 },
    { id: "b", x1: -20, y1: -13, x2: 20, y2: 30 },
  ];

  it("bounds every drawn box at the positions given", () => {
    expect(toDrawnExtent(boxes, { a: { x: 0, y: 0 }, b: { x: 200, y: 100 } })).toEqual({
      x1: -60,
      y1: -13,
      x2: 220,
      y2: 130,
    });
    expect(toDrawnExtent(boxes, {})).toBeNull();
  });

  it("moves each node so its drawn box, label included, is centred where the layout put the box", () => {
    const centred = toBoxCentred({ a: { x: 0, y: 0 }, b: { x: 0, y: 100 } }, boxes, ["b"]);
    // The layout left a's 71 px of box round y = 0, from -35.5 to 35.5: its body moves up.
    expect(centred.a).toEqual({ x: 0, y: -22.5 });
    const extent = toDrawnExtent(boxes.slice(0, 1), centred);
    expect(extent).toEqual({ x1: -60, y1: -35.5, x2: 60, y2: 35.5 });
    // A fixed node stays put.
    expect(centred.b).toEqual({ x: 0, y: 100 });
  });
});

describe("toSizingStep", () => {
  const trial = (sizing: SizingTrial["sizing"], zoom: number | null): SizingTrial => ({ sizing, zoom });

  it("draws a layout whose fit ends in the band its labels were measured at, kept in that band", () => {
    expect(toSizingStep([trial("near", 1.2)])).toEqual({ use: "near", floor: BAND_FLOOR.near });
    expect(toSizingStep([trial("mid", 0.6)])).toEqual({ use: "mid", floor: ZOOM_THRESHOLDS.far });
    expect(toSizingStep([trial("far", 0.3)])).toEqual({ use: "far", floor: 0 });
  });

  it("lays out again at the band the fit ends at when the labels would be drawn larger (the case graph)", () => {
    // Laid out for 11 px labels, fitted at 0.47 (mid-way), where they are drawn at 18 px.
    expect(toSizingStep([trial("near", 0.47)])).toEqual({ next: "mid" });
    expect(toSizingStep([trial("near", 0.47), trial("mid", 0.55)])).toEqual({
      use: "mid",
      floor: ZOOM_THRESHOLDS.far,
    });
  });

  it("keeps the labels rather than fall to the overview when no band is its own fit's", () => {
    // Laid out for 18 px labels the fit would be 0.42, the overview, where labels are hidden.
    expect(toSizingStep([trial("near", 0.47), trial("mid", 0.42)])).toEqual({
      use: "mid",
      floor: ZOOM_THRESHOLDS.far,
    });
    // ... unless that drawing would be more than MAX_OVERFLOW times too large for its box.
    const tooLarge = (ZOOM_THRESHOLDS.far / MAX_OVERFLOW) * 0.95;
    expect(toSizingStep([trial("near", 0.47), trial("mid", tooLarge)])).toEqual({ use: "mid", floor: 0 });
  });

  it("draws the overview of a graph too large for labels without a second layout", () => {
    expect(toSizingStep([trial("near", 0.3)])).toEqual({ use: "near", floor: 0 });
    expect(toSizingStep([trial("far", 0.3)])).toEqual({ use: "far", floor: 0 });
    // Measured mid-way it fits only the overview: drawn so, without trying smaller labels.
    expect(toSizingStep([trial("mid", 0.3)])).toEqual({ use: "mid", floor: 0 });
  });

  it("tries the labels mid-way when the overview is only just too small for 11 px ones", () => {
    expect(toSizingStep([trial("near", 0.42)])).toEqual({ next: "mid" });
    expect(toSizingStep([trial("near", 0.42), trial("mid", 0.39)])).toEqual({
      use: "mid",
      floor: ZOOM_THRESHOLDS.far,
    });
  });

  it("never lays out more than once per band, and ends", () => {
    for (const first of ["near", "mid", "far"] as const) {
      for (const zooms of [
        [0.3, 0.3, 0.3],
        [0.9, 0.5, 0.3],
        [0.5, 0.9, 0.6],
        [0.6, 0.4, 0.9],
      ]) {
        const trials: SizingTrial[] = [];
        let sizing: SizingTrial["sizing"] = first;
        let step = toSizingStep([]);
        for (const zoom of zooms) {
          trials.push(trial(sizing, zoom));
          step = toSizingStep(trials);
          if (!("next" in step)) break;
          expect(trials.map((t) => t.sizing)).not.toContain(step.next);
          sizing = step.next;
        }
        expect(step).toHaveProperty("use");
      }
    }
  });

  it("leaves a hidden canvas unfitted, at the band it was measured at", () => {
    expect(toSizingStep([trial("near", null)])).toEqual({ use: "near", floor: 0 });
  });
});

describe("toFitHeight and isOverflowing", () => {
  // The vignette's case graph laid out for mid-way labels: 1,653 x 1,726 px.
  const vignette = { x1: -800, y1: -860, x2: 853, y2: 866 };
  const window960 = 960 * GROW_MAX_SHARE;

  it("is the height that shows the whole drawing at the band's least zoom, with the padding", () => {
    // 1,726 x 0.45 = 776.7, + 2 x 30.
    expect(toFitHeight(vignette, ZOOM_THRESHOLDS.far, 30, window960)).toBe(837);
  });

  it("is at most the largest height allowed", () => {
    expect(toFitHeight(vignette, ZOOM_THRESHOLDS.far, 30, 700)).toBe(700);
  });

  it("asks for no height when the drawing is simply fitted (no floor) or there is nothing drawn", () => {
    expect(toFitHeight(vignette, 0, 30, window960)).toBe(0);
    expect(toFitHeight({ x1: 0, y1: 5, x2: 10, y2: 5 }, 0.45, 30, window960)).toBe(0);
  });

  it("says when the drawing at its zoom is larger than its canvas", () => {
    const frame = { width: 887, height: 837, padding: 30 };
    expect(isOverflowing(vignette, frame, 0.45)).toBe(false);
    expect(isOverflowing(vignette, { ...frame, height: 749 }, 0.45)).toBe(true);
    expect(isOverflowing(vignette, { ...frame, width: 700 }, 0.45)).toBe(true);
    expect(isOverflowing(vignette, { ...frame, width: 0 }, 0.45)).toBe(false);
  });
});
