import { describe, expect, it } from "vitest";
import { toStyledCore } from "../test/styled-core";
import { createCaseStylesheet } from "./case-style";
import { toDrawing } from "./drawing";
import { clipToNode, escapeXml, labelLines, type SvgDrawing, toSvg } from "./svg-export";

const drawing: SvgDrawing = {
  title: "Case <graph>",
  nodes: [
    {
      id: "a",
      label: "Fever\n(present)",
      x: 0,
      y: 0,
      width: 30,
      height: 30,
      shape: "round-rectangle",
      fill: "#0072B2",
      fillOpacity: 1,
      stroke: "#fff",
      strokeWidth: 2,
      strokeStyle: "solid",
    },
    {
      id: "b",
      label: "Pyelonephritis & co",
      x: 200,
      y: 0,
      width: 60,
      height: 60,
      shape: "ellipse",
      fill: "#D55E00",
      fillOpacity: 1,
      stroke: "#fff",
      strokeWidth: 2,
      strokeStyle: "double",
    },
  ],
  edges: [
    {
      id: "e",
      from: { x: 15, y: 0 },
      to: { x: 170, y: 0 },
      color: "#15803d",
      width: 2,
      lineStyle: "dashed",
      arrow: "tee",
      label: "supports ×11",
    },
  ],
};

describe("toSvg", () => {
  const svg = toSvg(drawing);

  it("writes a standalone SVG document with a title", () => {
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toContain("<title>Case &lt;graph&gt;</title>");
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });

  it("keeps every label as text, escaped, one tspan per line", () => {
    expect(svg).toContain(">Fever</tspan>");
    expect(svg).toContain("<title>Fever (present)</title>");
    expect(svg).toContain(">(present)</tspan>");
    expect(svg).toContain("Pyelonephritis &amp; co");
    expect(svg).toContain(">supports ×11</text>");
  });

  it("draws shapes, line styles and arrow markers", () => {
    expect(svg).toContain('<rect x="-15" y="-15" width="30" height="30"');
    expect(svg).toContain('<ellipse cx="200" cy="0" rx="30" ry="30"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('marker-end="url(#m-tee-15803d)"');
    expect(svg.match(/<marker /g)).toHaveLength(1);
  });

  it("lays each safety level's pattern over its fill, so colour never carries the level alone", () => {
    const rated = toSvg({
      ...drawing,
      nodes: drawing.nodes.map((node) => ({ ...node, safety: node.id === "a" ? "CAUTION" : "ALLOWED" })),
    });
    // One <pattern> per level drawn (allowed is plain), and the node's shape drawn again in it.
    expect(rated.match(/<pattern /g)).toHaveLength(1);
    expect(rated).toMatch(
      /<defs>.*<pattern id="safety-caution" [^>]*patternUnits="userSpaceOnUse"[^>]*>.*<path d="M-4 4l8-8/s,
    );
    expect(rated).toContain(
      '<rect x="-15" y="-15" width="30" height="30" rx="7.5" fill="url(#safety-caution)"',
    );
    expect(rated.match(/fill="url\(#safety-/g)).toHaveLength(1);
    expect(svg).not.toContain("<pattern ");
  });

  it("sizes the view box to the drawing and its labels", () => {
    const viewBox =
      svg
        .match(/viewBox="([^"]+)"/)?.[1]
        ?.split(" ")
        .map(Number) ?? [];
    expect(viewBox[0]).toBeLessThan(-15);
    expect((viewBox[0] ?? 0) + (viewBox[2] ?? 0)).toBeGreaterThan(230);
  });
});

describe("helpers", () => {
  it("wraps long labels near the drawn label width and keeps explicit breaks", () => {
    expect(labelLines("#4 Sciatica (sciatic nerve inflammation or compression)\n0.5%")).toEqual([
      "#4 Sciatica (sciatic nerve",
      "inflammation or",
      "compression)",
      "0.5%",
    ]);
  });

  it("clips a line to the node's edge", () => {
    expect(clipToNode({ x: 0, y: 0 }, { width: 20, height: 20 }, { x: 100, y: 0 })).toEqual({ x: 10, y: 0 });
    expect(clipToNode({ x: 0, y: 0 }, { width: 20, height: 20 }, { x: 1, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it("escapes XML", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("toDrawing", () => {
  it("reads positions, computed styles and labels from a Cytoscape core", () => {
    const cy = toStyledCore(createCaseStylesheet(), [
      {
        data: { id: "xray", label: "Radiography\n⇄ Conflicting" },
        classes: "kind-diagnostic safety-conflicting",
        position: { x: 10, y: 20 },
      },
      {
        data: { id: "pyelo", label: "#1 Pyelo\n95%", size: 80 },
        classes: "kind-condition role-candidate",
        position: { x: 300, y: 20 },
      },
      {
        data: { id: "e", source: "xray", target: "pyelo", label: "evaluates" },
        classes: "relation-evaluates",
      },
    ]);
    const read = toDrawing(cy, "Case");
    // Safety is the fill; the outline belongs to the kind and is the same ink on both.
    expect(read.nodes.map((node) => [node.id, node.shape, node.fill, node.stroke])).toEqual([
      ["xray", "diamond", "rgb(124,58,237)", "rgb(31,41,55)"],
      ["pyelo", "ellipse", "rgb(255,255,255)", "rgb(31,41,55)"],
    ]);
    expect(read.nodes[1]?.width).toBe(80);
    expect(read.nodes.map((node) => node.safety)).toEqual(["CONFLICTING", undefined]);
    expect(read.edges[0]).toMatchObject({ lineStyle: "dotted", arrow: "triangle", label: "evaluates" });
    expect(read.edges[0]?.to.x).toBeCloseTo(260);
    cy.destroy();
  });
});
