import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";

/** A headless Cytoscape core with a stylesheet, for reading computed styles and positions in unit tests. */
export function toStyledCore(style: StylesheetJson, elements: ElementDefinition[]): Core {
  return cytoscape({ headless: true, styleEnabled: true, style, elements, layout: { name: "preset" } });
}
