import type { ReactNode } from "react";
import { LayoutSelect } from "./layout-select";
import type { LayoutName } from "./layouts";
import type { ViewAction, ViewHistory } from "./view-history";

interface ToolButton {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  keys?: string;
  onClick: () => void;
}

/** A row of plain buttons; `pressed` marks a toggle. */
function ToolButtons({ buttons, className }: { buttons: readonly ToolButton[]; className: string }) {
  return buttons.map((button) => (
    <button
      key={button.label}
      type="button"
      className={className}
      aria-pressed={button.pressed}
      disabled={button.disabled}
      aria-keyshortcuts={button.keys}
      onClick={button.onClick}
    >
      {button.label}
    </button>
  ));
}

/** Undo and Redo for the view changes (pin, hide, collapse); the keys are in useViewHistory. */
export function HistoryControls({
  history,
  onUndo,
  onRedo,
  small = false,
}: {
  history: ViewHistory;
  onUndo: () => void;
  onRedo: () => void;
  small?: boolean;
}) {
  const buttons: ToolButton[] = [
    { label: "Undo", disabled: history.past.length === 0, keys: "Control+Z", onClick: onUndo },
    { label: "Redo", disabled: history.future.length === 0, keys: "Control+Shift+Z", onClick: onRedo },
  ];
  return (
    <fieldset className="button-group history-controls">
      <legend className="visually-hidden">Undo and redo view changes</legend>
      <ToolButtons buttons={buttons} className={small ? "button button-small" : "button"} />
    </fieldset>
  );
}

/** Pin, collapse and hide for the selected node; `canHide` is false for the nodes a view is about. */
export function NodeTools({
  id,
  history,
  canHide,
  onAct,
}: {
  id: string;
  history: ViewHistory;
  canHide: boolean;
  onAct: (action: ViewAction) => void;
}) {
  const pinned = history.present.pinned.includes(id);
  const collapsed = history.present.collapsed.includes(id);
  const buttons: ToolButton[] = [
    {
      label: pinned ? "Unpin" : "Pin",
      pressed: pinned,
      onClick: () => onAct({ type: pinned ? "unpin" : "pin", id }),
    },
    {
      label: collapsed ? "Unfold neighbours" : "Collapse neighbours",
      pressed: collapsed,
      onClick: () => onAct({ type: collapsed ? "uncollapse" : "collapse", id }),
    },
    ...(canHide ? [{ label: "Hide", onClick: () => onAct({ type: "hide", id }) }] : []),
  ];
  return (
    <span className="node-tools">
      <ToolButtons buttons={buttons} className="button" />
    </span>
  );
}

export interface GraphToolbarProps {
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  view: "graph" | "table";
  onView: (view: "graph" | "table") => void;
  history: ViewHistory;
  onAct: (action: ViewAction) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Nodes hidden one by one or folded away; a button shows them all again. */
  hiddenCount: number;
  small?: boolean;
  /** What the view says first (its counts), and its own tools after the shared ones. */
  status?: ReactNode;
  children?: ReactNode;
}

/** The tools every explorable drawing shares: layout, graph or table, undo and redo, show the hidden. */
export function GraphToolbar(props: GraphToolbarProps) {
  const { view, hiddenCount, small = false } = props;
  const className = small ? "button button-small" : "button";
  const buttons: ToolButton[] = [
    {
      label: view === "graph" ? "Show as table" : "Show as graph",
      pressed: view === "table",
      onClick: () => props.onView(view === "graph" ? "table" : "graph"),
    },
  ];
  const showAll: ToolButton[] =
    hiddenCount > 0
      ? [{ label: `Show ${hiddenCount} hidden`, onClick: () => props.onAct({ type: "show-all" }) }]
      : [];
  return (
    <div className="toolbar">
      {props.status}
      <LayoutSelect value={props.layout} onChange={props.onLayout} disabled={view === "table"} />
      <ToolButtons buttons={buttons} className={className} />
      <HistoryControls history={props.history} onUndo={props.onUndo} onRedo={props.onRedo} small={small} />
      <ToolButtons buttons={showAll} className={className} />
      {props.children}
    </div>
  );
}
