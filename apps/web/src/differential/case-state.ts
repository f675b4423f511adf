import { isNodeKind, isValidWeek, type NodeKind } from "@bpx/domain";
import { isLayoutName, type LayoutName } from "../graph-kit/layouts";
import type { GraphView } from "../graph-kit/view-history";

/** Everything that makes up a case; all of it lives in the URL so a link reproduces the page. */
export interface CaseState {
  present: string[];
  absent: string[];
  week: number | null;
  /** Days past the week (28+2 gives 2), only with a week; the differential reads whole weeks. */
  days: number | null;
  /** The node selected in the graph. */
  node: string | null;
  layout: LayoutName;
  /** Nodes whose whole neighbourhood the reader added to the graph. */
  expand: string[];
  /** Node kinds filtered out of the graph. */
  hide: NodeKind[];
  view: "graph" | "table";
  /** Nodes pinned in place, hidden one by one, and with their leaf neighbours folded away. */
  pin: string[];
  omit: string[];
  fold: string[];
}

export const DEFAULT_LAYOUT: LayoutName = "layered";

/** The API takes at most 100 present and absent findings together, and 50 ids to expand. */
export const MAX_FINDINGS = 100;
export const MAX_EXPANDED = 50;

export const EMPTY_CASE: CaseState = {
  present: [],
  absent: [],
  week: null,
  days: null,
  node: null,
  layout: DEFAULT_LAYOUT,
  expand: [],
  hide: [],
  view: "graph",
  pin: [],
  omit: [],
  fold: [],
};

const ID_PATTERN = /^[\w.:@-]{1,200}$/;

function readIds(raw: string | null, limit: number, taken: ReadonlySet<string> = new Set()): string[] {
  const ids: string[] = [];
  for (const part of (raw ?? "").split(",")) {
    const id = part.trim();
    if (ID_PATTERN.test(id) && !taken.has(id) && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, limit);
}

/** Days 0-6, and only past a week that was read. */
function readDays(raw: string | null, week: number | null): number | null {
  const days = Number(raw ?? "");
  return week !== null && raw && Number.isInteger(days) && days >= 0 && days <= 6 ? days : null;
}

/**
 * Reads `?present=a,b&absent=c&week=24&days=3&node=x&layout=force&expand=y&hide=SOURCE&view=table`
 * `&pin=p&omit=q&fold=r`.
 */
export function readCaseState(params: Pick<URLSearchParams, "get">): CaseState {
  const present = readIds(params.get("present"), MAX_FINDINGS);
  const absent = readIds(params.get("absent"), MAX_FINDINGS - present.length, new Set(present));
  const rawWeek = Number(params.get("week") ?? "");
  const week = params.get("week") && isValidWeek(rawWeek) ? rawWeek : null;
  const layout = params.get("layout") ?? "";
  const node = readIds(params.get("node"), 1)[0] ?? null;
  return {
    present,
    absent,
    week,
    days: readDays(params.get("days"), week),
    node,
    layout: isLayoutName(layout) ? layout : DEFAULT_LAYOUT,
    expand: readIds(params.get("expand"), MAX_EXPANDED),
    hide: readIds(params.get("hide"), 10).filter(isNodeKind),
    view: params.get("view") === "table" ? "table" : "graph",
    pin: readIds(params.get("pin"), MAX_EXPANDED),
    omit: readIds(params.get("omit"), MAX_EXPANDED),
    fold: readIds(params.get("fold"), MAX_EXPANDED),
  };
}

/** The query string for a case; defaults are left out so links stay short. */
export function toCaseSearch(state: CaseState): string {
  const entries: [string, string][] = [
    ["present", state.present.join(",")],
    ["absent", state.absent.join(",")],
    ["week", state.week === null ? "" : String(state.week)],
    ["days", state.week === null || state.days === null ? "" : String(state.days)],
    ["node", state.node ?? ""],
    ["layout", state.layout === DEFAULT_LAYOUT ? "" : state.layout],
    ["expand", state.expand.join(",")],
    ["hide", state.hide.join(",")],
    ["view", state.view === "graph" ? "" : state.view],
    ["pin", state.pin.join(",")],
    ["omit", state.omit.join(",")],
    ["fold", state.fold.join(",")],
  ];
  const params = new URLSearchParams(entries.filter(([, value]) => value !== ""));
  const search = params.toString().replaceAll("%2C", ",");
  return search === "" ? "" : `?${search}`;
}

/** Adds a finding as present or absent, moving it if it was entered the other way. */
export function withFinding(state: CaseState, id: string, present: boolean): CaseState {
  const others = {
    present: state.present.filter((x) => x !== id),
    absent: state.absent.filter((x) => x !== id),
  };
  if (others.present.length + others.absent.length >= MAX_FINDINGS) return state;
  return present
    ? { ...state, ...others, present: [...others.present, id] }
    : { ...state, ...others, absent: [...others.absent, id] };
}

/** Present becomes absent and absent becomes present, keeping the finding's place in the list. */
export function flipFinding(state: CaseState, id: string): CaseState {
  if (state.present.includes(id)) {
    return { ...state, present: state.present.filter((x) => x !== id), absent: [...state.absent, id] };
  }
  if (state.absent.includes(id)) {
    return { ...state, absent: state.absent.filter((x) => x !== id), present: [...state.present, id] };
  }
  return state;
}

export function withoutFinding(state: CaseState, id: string): CaseState {
  return {
    ...state,
    present: state.present.filter((x) => x !== id),
    absent: state.absent.filter((x) => x !== id),
  };
}

/** A new case: no findings, week, selection or expansions; the reader's view settings stay. */
export function clearCase(state: CaseState): CaseState {
  return { ...EMPTY_CASE, layout: state.layout, hide: state.hide, view: state.view };
}

export function withExpanded(state: CaseState, id: string): CaseState {
  if (state.expand.includes(id) || state.expand.length >= MAX_EXPANDED) return state;
  return { ...state, expand: [...state.expand, id], node: id };
}

export function withKindHidden(state: CaseState, kind: NodeKind, hidden: boolean): CaseState {
  const hide = state.hide.filter((x) => x !== kind);
  return { ...state, hide: hidden ? [...hide, kind] : hide };
}

/** The case graph's pins, hidden and collapsed nodes, as the view history reads them. */
export function toGraphView(state: Pick<CaseState, "pin" | "omit" | "fold">): GraphView {
  return { pinned: state.pin, hidden: state.omit, collapsed: state.fold };
}

/** The view history's step written back to the URL state; each list keeps the URL's limit. */
export function withGraphView(state: CaseState, view: GraphView): CaseState {
  return {
    ...state,
    pin: view.pinned.slice(0, MAX_EXPANDED),
    omit: view.hidden.slice(0, MAX_EXPANDED),
    fold: view.collapsed.slice(0, MAX_EXPANDED),
  };
}

/** Every finding entered, present first, in the order entered. */
export function toEnteredIds(state: Pick<CaseState, "present" | "absent">): string[] {
  return [...state.present, ...state.absent];
}
