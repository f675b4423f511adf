import type { StylesheetJson } from "cytoscape";
import { createCaseStylesheet } from "./case-style";
import { createPathStylesheet } from "./path-style";
import { createStylesheet } from "./style";

/** Each view's look: the explorer and node pages, the case graph, the path builder and presenter. */
export type GraphStyleName = "explore" | "case" | "path-builder" | "path-presenter";

const CREATE: Record<GraphStyleName, () => StylesheetJson> = {
  explore: () => createStylesheet(),
  case: createCaseStylesheet,
  "path-builder": () => createPathStylesheet("builder"),
  "path-presenter": () => createPathStylesheet("presenter"),
};

const built = new Map<GraphStyleName, StylesheetJson>();

/**
 * One stylesheet object per view for the page's life: react-cytoscapejs re-applies the stylesheet
 * whenever its reference changes, so a fresh one per render would restyle every element.
 */
export function toStylesheet(name: GraphStyleName): StylesheetJson {
  const existing = built.get(name);
  if (existing) return existing;
  const created = CREATE[name]();
  built.set(name, created);
  return created;
}
