/**
 * Focus and context in the explorer (issue 17): what the reader pinned, hid or collapsed, with an
 * undo and redo stack. Pure, so the rules are unit-tested without a canvas.
 */
export interface GraphView {
  hidden: readonly string[];
  pinned: readonly string[];
  /** Nodes whose leaf neighbours are folded away. */
  collapsed: readonly string[];
}

export type ViewAction =
  | { type: "pin" | "unpin" | "hide" | "collapse" | "uncollapse"; id: string }
  | { type: "show-all" };

export interface ViewHistory {
  past: readonly GraphView[];
  present: GraphView;
  future: readonly GraphView[];
}

/** Enough steps back for a session; older ones are dropped. */
const MAX_UNDO = 50;

export const EMPTY_VIEW: GraphView = { hidden: [], pinned: [], collapsed: [] };

export function createHistory(): ViewHistory {
  return { past: [], present: EMPTY_VIEW, future: [] };
}

function add(list: readonly string[], id: string): readonly string[] {
  return list.includes(id) ? list : [...list, id];
}

function remove(list: readonly string[], id: string): readonly string[] {
  return list.filter((other) => other !== id);
}

export function applyView(view: GraphView, action: ViewAction): GraphView {
  switch (action.type) {
    case "pin":
      return { ...view, pinned: add(view.pinned, action.id) };
    case "unpin":
      return { ...view, pinned: remove(view.pinned, action.id) };
    case "hide":
      return { ...view, hidden: add(view.hidden, action.id), pinned: remove(view.pinned, action.id) };
    case "collapse":
      return { ...view, collapsed: add(view.collapsed, action.id) };
    case "uncollapse":
      return { ...view, collapsed: remove(view.collapsed, action.id) };
    case "show-all":
      return { ...view, hidden: [], collapsed: [] };
  }
}

function sameView(a: GraphView, b: GraphView): boolean {
  return (
    a.hidden.join() === b.hidden.join() &&
    a.pinned.join() === b.pinned.join() &&
    a.collapsed.join() === b.collapsed.join()
  );
}

/** Applies an action as a new step; one that changes nothing leaves the history alone. */
export function record(history: ViewHistory, action: ViewAction): ViewHistory {
  const next = applyView(history.present, action);
  if (sameView(next, history.present)) return history;
  return { past: [...history.past, history.present].slice(-MAX_UNDO), present: next, future: [] };
}

export function undo(history: ViewHistory): ViewHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: ViewHistory): ViewHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/**
 * The nodes not drawn: the hidden ones, and each collapsed node's neighbours that have no other
 * neighbour. Nodes the reader searched or expanded (`keep`) are always drawn.
 */
export function toHiddenIds(
  view: GraphView,
  edges: readonly { source: string; target: string }[],
  keep: readonly string[] = [],
): Set<string> {
  const hidden = new Set(view.hidden);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)?.add(b);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  for (const id of view.collapsed) {
    for (const other of neighbours.get(id) ?? []) {
      const others = neighbours.get(other) ?? new Set();
      if ([...others].every((n) => n === id)) hidden.add(other);
    }
  }
  for (const id of keep) hidden.delete(id);
  return hidden;
}
