import type { SafetyLevel } from "@bpx/domain";
import { toSafetyTile } from "../safety/safety";
import { GRAPH_FONT } from "./style";

export interface Point {
  x: number;
  y: number;
}

export interface SvgNode {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeStyle: string;
  /** The node's safety level, drawn as the on-screen pattern over the fill. */
  safety?: SafetyLevel;
}

export interface SvgEdge {
  id: string;
  from: Point;
  to: Point;
  color: string;
  width: number;
  lineStyle: string;
  /** "triangle", "tee" or "none" at the target end. */
  arrow: string;
  label: string;
}

export interface SvgDrawing {
  title: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const LINE_HEIGHT = 13;
const CHAR_WIDTH = 6.2;
const PADDING = 24;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

/** Where a line from the centre of a w x h node towards `to` leaves the node (ellipse approximation). */
export function clipToNode(centre: Point, size: { width: number; height: number }, to: Point): Point {
  const dx = to.x - centre.x;
  const dy = to.y - centre.y;
  const scale = Math.sqrt((dx / (size.width / 2 || 1)) ** 2 + (dy / (size.height / 2 || 1)) ** 2);
  if (scale <= 1) return { x: centre.x, y: centre.y };
  return { x: centre.x + dx / scale, y: centre.y + dy / scale };
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function shapePath({ shape, x, y, width, height }: SvgNode): string {
  const w = width / 2;
  const h = height / 2;
  const polygon = (points: [number, number][]) =>
    `<polygon points="${points.map(([px, py]) => `${n(x + px * w)},${n(y + py * h)}`).join(" ")}"`;
  switch (shape) {
    case "ellipse":
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w)}" ry="${n(h)}"`;
    case "round-rectangle":
    case "rectangle":
      return `<rect x="${n(x - w)}" y="${n(y - h)}" width="${n(width)}" height="${n(height)}" rx="${shape === "rectangle" ? 0 : n(Math.min(w, h) / 2)}"`;
    case "diamond":
      return polygon([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case "hexagon":
      return polygon([
        [-0.5, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
        [-1, 0],
      ]);
    case "triangle":
      return polygon([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    default:
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w)}" ry="${n(h)}"`;
  }
}

function dashArray(style: string): string {
  if (style === "dashed") return ` stroke-dasharray="6 4"`;
  if (style === "dotted") return ` stroke-dasharray="1.5 3" stroke-linecap="round"`;
  return "";
}

const WRAP_AT = 26;

/** Label lines as Cytoscape draws them: explicit breaks, then words wrapped near the label width. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const part of label.split("\n")) {
    let line = "";
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (line !== "" && line.length + word.length + 1 > WRAP_AT) {
        lines.push(line);
        line = word;
      } else {
        line = line === "" ? word : `${line} ${word}`;
      }
    }
    if (line !== "") lines.push(line);
  }
  return lines;
}

function markerId(edge: SvgEdge): string {
  return `m-${edge.arrow}-${edge.color.replace(/[^a-zA-Z0-9]/g, "")}`;
}

function patternId(level: SafetyLevel): string {
  return `safety-${level.toLowerCase()}`;
}

/** One <pattern> per safety level drawn, the same tile the screen and the legend use. */
function safetyPatterns(nodes: readonly SvgNode[]): string[] {
  const levels = new Set(nodes.flatMap((node) => (node.safety ? [node.safety] : [])));
  return [...levels].flatMap((level) => {
    const tile = toSafetyTile(level);
    if (tile === null) return [];
    return [
      `<pattern id="${patternId(level)}" width="16" height="16" patternUnits="userSpaceOnUse">${tile}</pattern>`,
    ];
  });
}

/** The node's shape again, filled with its level's pattern: colour never carries the level alone. */
function patternOverlay(node: SvgNode): string {
  if (!node.safety || toSafetyTile(node.safety) === null) return "";
  return `${shapePath(node)} fill="url(#${patternId(node.safety)})" stroke="none"/>`;
}

/** The drawing as a standalone SVG document: shapes, line styles, arrows and every label as text. */
export function toSvg({ title, nodes, edges }: SvgDrawing): string {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    const lines = labelLines(node.label);
    const half = Math.max(node.width / 2, (Math.max(0, ...lines.map((l) => l.length)) * CHAR_WIDTH) / 2);
    x1 = Math.min(x1, node.x - half);
    x2 = Math.max(x2, node.x + half);
    y1 = Math.min(y1, node.y - node.height / 2);
    y2 = Math.max(y2, node.y + node.height / 2 + 6 + lines.length * LINE_HEIGHT);
  }
  if (nodes.length === 0) [x1, y1, x2, y2] = [0, 0, 100, 100];
  const width = x2 - x1 + 2 * PADDING;
  const height = y2 - y1 + 2 * PADDING;

  const markers = new Map<string, string>();
  for (const edge of edges) {
    if (edge.arrow === "none") continue;
    const path = edge.arrow === "tee" ? "M 8 0 L 8 10" : "M 0 0 L 10 5 L 0 10 z";
    const paint =
      edge.arrow === "tee" ? `fill="none" stroke="${edge.color}" stroke-width="2.5"` : `fill="${edge.color}"`;
    markers.set(
      markerId(edge),
      `<marker id="${markerId(edge)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="${path}" ${paint}/></marker>`,
    );
  }

  const edgeSvg = edges.map((edge) => {
    const marker = edge.arrow === "none" ? "" : ` marker-end="url(#${markerId(edge)})"`;
    const mid = { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 };
    return (
      `<g data-id="${escapeXml(edge.id)}"><line x1="${n(edge.from.x)}" y1="${n(edge.from.y)}" x2="${n(edge.to.x)}" y2="${n(edge.to.y)}" stroke="${edge.color}" stroke-width="${n(edge.width)}"${dashArray(edge.lineStyle)}${marker}/>` +
      (edge.label
        ? `<text x="${n(mid.x)}" y="${n(mid.y - 3)}" font-size="9" fill="${edge.color}" text-anchor="middle">${escapeXml(edge.label)}</text>`
        : "") +
      "</g>"
    );
  });

  const nodeSvg = nodes.map((node) => {
    const tspans = labelLines(node.label)
      .map(
        (line, index) =>
          `<tspan x="${n(node.x)}" dy="${index === 0 ? 0 : LINE_HEIGHT}">${escapeXml(line)}</tspan>`,
      )
      .join("");
    return (
      // The title keeps the whole label in one piece for screen readers, tooltips and text search.
      `<g data-id="${escapeXml(node.id)}"><title>${escapeXml(node.label.replaceAll("\n", " "))}</title>${shapePath(node)} fill="${node.fill}" fill-opacity="${node.fillOpacity}" stroke="${node.stroke}" stroke-width="${n(node.strokeWidth)}"${dashArray(node.strokeStyle)}/>${patternOverlay(node)}` +
      `<text x="${n(node.x)}" y="${n(node.y + node.height / 2 + 6 + 10)}" font-size="11" fill="#1f2937" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${tspans}</text></g>`
    );
  });

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="${n(x1 - PADDING)} ${n(y1 - PADDING)} ${n(width)} ${n(height)}" font-family='${GRAPH_FONT}'>`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${[...markers.values(), ...safetyPatterns(nodes)].join("")}</defs>`,
    `<rect x="${n(x1 - PADDING)}" y="${n(y1 - PADDING)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<g class="edges">${edgeSvg.join("")}</g>`,
    `<g class="nodes">${nodeSvg.join("")}</g>`,
    "</svg>",
  ].join("\n");
}
