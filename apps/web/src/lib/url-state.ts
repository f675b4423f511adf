/** The explorer's shareable state: the node the reader picked and the nodes they expanded. */
export interface ExplorerState {
  node: string | null;
  expand: string[];
}

/** The API accepts at most 50 starting ids per neighbourhood. */
export const MAX_FOCUS_IDS = 50;

const MAX_ID_LENGTH = 200;

function cleanId(raw: string | null): string | null {
  const id = raw?.trim() ?? "";
  return id.length > 0 && id.length <= MAX_ID_LENGTH ? id : null;
}

/** Reads the state from `?node=...&expand=a,b`, ignoring anything malformed. */
export function readExplorerState(params: Pick<URLSearchParams, "get">): ExplorerState {
  const node = cleanId(params.get("node"));
  if (node === null) return { node: null, expand: [] };
  const expand: string[] = [];
  for (const raw of (params.get("expand") ?? "").split(",")) {
    const id = cleanId(raw);
    if (id !== null && id !== node && !expand.includes(id)) expand.push(id);
  }
  return { node, expand: expand.slice(0, MAX_FOCUS_IDS - 1) };
}

/** The query string for a state, e.g. `?node=fever&expand=urinalysis`; empty with no node. */
export function toExplorerSearch({ node, expand }: ExplorerState): string {
  if (node === null) return "";
  const params = new URLSearchParams({ node });
  if (expand.length > 0) params.set("expand", expand.join(","));
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
  return { node: state.node, expand: [...state.expand, id] };
}
