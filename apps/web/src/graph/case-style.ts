import { SAFETY_LEVELS } from "@bpx/domain";
import type { Css, StylesheetJson, StylesheetJsonBlock } from "cytoscape";
import { SAFETY_VISUALS } from "../lib/safety";
import type { CaseRelation } from "./case-graph";
import { createStylesheet } from "./style";

export interface RelationVisual {
  color: string;
  lineStyle: "solid" | "dashed" | "dotted";
  width: number;
  arrow: "triangle" | "tee" | "none";
}

/** Each relation differs in line style or arrow as well as colour, so colour is never alone. */
export const RELATION_VISUALS: Record<CaseRelation, RelationVisual> = {
  supports: { color: "#15803d", lineStyle: "solid", width: 2.5, arrow: "triangle" },
  "argues-against": { color: "#b91c1c", lineStyle: "dashed", width: 2, arrow: "tee" },
  evaluates: { color: "#1d4ed8", lineStyle: "dotted", width: 2, arrow: "triangle" },
  treats: { color: "#0f766e", lineStyle: "solid", width: 1.5, arrow: "triangle" },
  contraindicated: { color: "#b91c1c", lineStyle: "solid", width: 3, arrow: "tee" },
  alternative: { color: "#64748b", lineStyle: "dashed", width: 1.2, arrow: "none" },
  "would-tell-apart": { color: "#92400e", lineStyle: "dotted", width: 1.2, arrow: "none" },
  related: { color: "#94a3b8", lineStyle: "solid", width: 1.2, arrow: "triangle" },
};

/** Safety levels whose nodes get a border pattern too: double for a conflict, dashed when unrated. */
const SAFETY_BORDERS: Partial<Record<(typeof SAFETY_LEVELS)[number], Css.Node>> = {
  CONFLICTING: { "border-style": "double", "border-width": 5, "border-color": "#4c1d95" },
  CONTRAINDICATED: { "border-width": 3, "border-color": "#450a0a" },
  UNKNOWN: { "border-style": "dashed", "border-color": "#4b5563" },
};

function caseRules(): StylesheetJsonBlock[] {
  const safety = SAFETY_LEVELS.map((level) => ({
    selector: `node.safety-${level.toLowerCase()}`,
    style: { "background-color": SAFETY_VISUALS[level].color, ...SAFETY_BORDERS[level] },
  }));
  const relations = (Object.keys(RELATION_VISUALS) as CaseRelation[]).map((relation) => {
    const visual = RELATION_VISUALS[relation];
    return {
      selector: `edge.relation-${relation}`,
      style: {
        "line-color": visual.color,
        "target-arrow-color": visual.color,
        "target-arrow-shape": visual.arrow,
        "line-style": visual.lineStyle,
        width: visual.width,
        color: visual.color,
      },
    };
  });
  return [
    ...safety,
    { selector: "node", style: { "text-max-width": "160px" } },
    {
      selector: "node.role-candidate",
      style: { width: "data(size)", height: "data(size)", "font-size": 12 },
    },
    {
      selector: "node.role-absent",
      style: { "background-opacity": 0.25, "border-style": "dashed", "border-color": "#0072B2" },
    },
    {
      selector: "node.role-ask",
      style: {
        "background-color": "#ffffff",
        "border-style": "dotted",
        "border-color": "#92400e",
        "border-width": 2,
        color: "#92400e",
      },
    },
    ...relations,
  ];
}

/** The case graph's stylesheet: the explorer's, plus safety colours, candidate sizes and relation styles. */
export function createCaseStylesheet(): StylesheetJson {
  return createStylesheet(caseRules());
}
