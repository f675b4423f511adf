import type { StylesheetJson, StylesheetJsonBlock } from "cytoscape";
import type { CaseRelation } from "../differential/case-graph";
import { KIND_OUTLINE } from "./kinds";
import { createStylesheet } from "./style";

export interface RelationVisual {
  color: string;
  lineStyle: "solid" | "dashed" | "dotted";
  width: number;
  arrow: "triangle" | "tee" | "none";
}

/**
 * Each relation differs in line style, width or arrow; hue is ink or slate, except red for the two
 * that say "against" (as red says contraindicated on a node) and blue for tests, which no safety
 * level uses. Green, amber and purple belong to safety alone (issue 17).
 */
export const RELATION_VISUALS: Record<CaseRelation, RelationVisual> = {
  supports: { color: "#1f2937", lineStyle: "solid", width: 2.5, arrow: "triangle" },
  "argues-against": { color: "#b91c1c", lineStyle: "dashed", width: 2, arrow: "tee" },
  evaluates: { color: "#1d4ed8", lineStyle: "dotted", width: 2, arrow: "triangle" },
  treats: { color: "#475569", lineStyle: "solid", width: 1.5, arrow: "triangle" },
  contraindicated: { color: "#b91c1c", lineStyle: "solid", width: 3, arrow: "tee" },
  alternative: { color: "#64748b", lineStyle: "dashed", width: 1.2, arrow: "none" },
  "would-tell-apart": { color: "#475569", lineStyle: "dotted", width: 1.2, arrow: "none" },
  related: { color: "#94a3b8", lineStyle: "solid", width: 1.2, arrow: "triangle" },
};

function caseRules(): StylesheetJsonBlock[] {
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
    { selector: "node", style: { "text-max-width": "160px" } },
    {
      selector: "node.role-candidate",
      style: { width: "data(size)", height: "data(size)", "font-size": 12 },
    },
    {
      selector: "node.role-absent",
      style: { "background-opacity": 0.25, "border-style": "dashed", "border-color": KIND_OUTLINE },
    },
    {
      selector: "node.role-ask",
      style: {
        "background-color": "#ffffff",
        "border-style": "dotted",
        "border-color": KIND_OUTLINE,
        "border-width": 2.5,
      },
    },
    ...relations,
  ];
}

/**
 * Mid-way labels (18 px) wrap at 300 px rather than 200: the case graph is laid out left to right,
 * in four columns with wide gaps, so its height, the stacked nodes and their labels, is what limits
 * the fitted zoom. Labels of two lines instead of three or four keep the drawing fitted at the mid
 * band (about 0.47) with room for every label; wrapped at 200 px it fits only the overview, where
 * the labels are hidden (label-fit.ts).
 */
export const CASE_MID_LABEL_WIDTH = 300;

/** The case graph's stylesheet: the explorer's (kinds and safety), plus candidate sizes and relation styles. */
export function createCaseStylesheet(): StylesheetJson {
  return createStylesheet(caseRules(), [
    { selector: "node.zoom-mid", style: { "text-max-width": `${CASE_MID_LABEL_WIDTH}px` } },
  ]);
}
