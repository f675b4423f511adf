import { readWeekParam } from "../safety/safety-check";

/** The explorer's shareable state: the node picked, the nodes expanded, the week safety is read at. */
export interface ExplorerState {
  node: string | null;
  expand: string[];
  /** The gestational week every safety badge is for; null for the whole pregnancy. */
  week: number | null;
}

/** The API accepts at most 50 starting ids per neighbourhood. */
export const MAX_FOCUS_IDS = 50;

const MAX_ID_LENGTH = 200;

function cleanId(raw: string | null): string | null {
  const id = raw?.trim() ?? "";
  return id.length > 0 && id.length <= MAX_ID_LENGTH ? id : null;
}

/** Reads the state from `?node=...&expand=a,b&week=24`, ignoring anything malformed. */
export function readExplorerState(params: Pick<URLSearchParams, "get">): ExplorerState {
  const node = cleanId(params.get("node"));
  const week = readWeekParam(params.get("week"));
  if (node === null) return { node: null, expand: [], week };
  const expand: string[] = [];
  for (const raw of (params.get("expand") ?? "").split(",")) {
    const id = cleanId(raw);
    if (id !== null && id !== node && !expand.includes(id)) expand.push(id);
  }
  return { node, expand: expand.slice(0, MAX_FOCUS_IDS - 1), week };
}

/** The query string for a state, e.g. `?node=fever&expand=urinalysis&week=24`; no node, only the week. */
export function toExplorerSearch({ node, expand, week }: ExplorerState): string {
  const params = new URLSearchParams();
  if (node !== null) params.set("node", node);
  if (node !== null && expand.length > 0) params.set("expand", expand.join(","));
  if (week !== null) params.set("week", String(week));
  if (params.size === 0) return "";
  // Keep commas readable in shared links; URLSearchParams would encode them.
  return `?${params.toString().replaceAll("%2C", ",")}`;
}

/** Every node whose neighbourhood is drawn. */
export function toFocusIds({ node, expand }: ExplorerState): string[] {
  return node === null ? [] : [node, ...expand];
}

/** The state after expanding one more node; unchanged when it is already drawn or at the limit. */
export function withExpanded(state: ExplorerState, id: string): ExplorerState {
  if (state.node === null || toFocusIds(state).includes(id) || state.expand.length >= MAX_FOCUS_IDS - 1) {
    return state;
  }
  return { ...state, expand: [...state.expand, id] };
}
