import type { ViewAction, ViewHistory } from "./view-history";

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
  const className = small ? "button button-small" : "button";
  return (
    <fieldset className="button-group history-controls">
      <legend className="visually-hidden">Undo and redo view changes</legend>
      <button
        type="button"
        className={className}
        disabled={history.past.length === 0}
        onClick={onUndo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className={className}
        disabled={history.future.length === 0}
        onClick={onRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
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
  return (
    <span className="node-tools">
      <button
        type="button"
        className="button"
        aria-pressed={pinned}
        onClick={() => onAct({ type: pinned ? "unpin" : "pin", id })}
      >
        {pinned ? "Unpin" : "Pin"}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={collapsed}
        onClick={() => onAct({ type: collapsed ? "uncollapse" : "collapse", id })}
      >
        {collapsed ? "Unfold neighbours" : "Collapse neighbours"}
      </button>
      {canHide && (
        <button type="button" className="button" onClick={() => onAct({ type: "hide", id })}>
          Hide
        </button>
      )}
    </span>
  );
}
