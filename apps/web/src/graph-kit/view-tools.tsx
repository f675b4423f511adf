import type { ReactNode } from "react";
import { LayoutSelect } from "./layout-select";
import type { LayoutName } from "./layouts";
import type { ViewHistoryControls } from "./use-view-history";
import type { ViewAction, ViewHistory } from "./view-history";

export interface ToolButton {
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

/** A labelled group of buttons (a legend for screen readers, visible where `legendClassName` says). */
export function ToolGroup({
  legend,
  buttons,
  className = "button-group",
  legendClassName = "visually-hidden",
  buttonClassName = "button",
}: {
  legend: string;
  buttons: readonly ToolButton[];
  className?: string;
  legendClassName?: string;
  buttonClassName?: string;
}) {
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>{legend}</legend>
      <ToolButtons buttons={buttons} className={buttonClassName} />
    </fieldset>
  );
}

/** Undo and Redo for the view changes (pin, hide, collapse); the keys are in useViewHistory. */
function HistoryControls({ controls, small }: { controls: ViewHistoryControls; small: boolean }) {
  const { history } = controls;
  const buttons: ToolButton[] = [
    { label: "Undo", disabled: history.past.length === 0, keys: "Control+Z", onClick: controls.undo },
    {
      label: "Redo",
      disabled: history.future.length === 0,
      keys: "Control+Shift+Z",
      onClick: controls.redo,
    },
  ];
  return (
    <ToolGroup
      legend="Undo and redo view changes"
      buttons={buttons}
      className="button-group history-controls"
      buttonClassName={small ? "button button-small" : "button"}
    />
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
  controls: ViewHistoryControls;
  /** Nodes hidden one by one or folded away; a button shows them all again. */
  hiddenCount: number;
  small?: boolean;
  /** What the view says first (its counts), and its own tools after the shared ones. */
  status?: ReactNode;
  children?: ReactNode;
}

/** The tools every explorable drawing shares: layout, graph or table, undo and redo, show the hidden. */
export function GraphToolbar(props: GraphToolbarProps) {
  const { view, controls, hiddenCount, small = false } = props;
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
      ? [{ label: `Show ${hiddenCount} hidden`, onClick: () => controls.act({ type: "show-all" }) }]
      : [];
  return (
    <div className="toolbar">
      {props.status}
      <LayoutSelect value={props.layout} onChange={props.onLayout} disabled={view === "table"} />
      <ToolButtons buttons={buttons} className={className} />
      <HistoryControls controls={controls} small={small} />
      <ToolButtons buttons={showAll} className={className} />
      {props.children}
    </div>
  );
}
