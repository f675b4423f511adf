"use client";

import { useEffect, useRef, useState } from "react";
import { type GraphView, record, redo, undo, type ViewAction, type ViewHistory } from "./view-history";

/** Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes, unless the keys are for a text field. */
export function toHistoryKey(event: KeyboardEvent): "undo" | "redo" | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable='true']")) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  return key === "y" ? "redo" : null;
}

export interface ViewHistoryControls {
  history: ViewHistory;
  act: (action: ViewAction) => void;
  undo: () => void;
  redo: () => void;
}

/**
 * Undo and redo over a view the caller keeps: in state (explorer) or in the URL (case page), so the
 * pins and hidden nodes survive a reload there while the steps back stay in memory.
 */
export function useViewHistory(present: GraphView, onChange: (view: GraphView) => void): ViewHistoryControls {
  const [steps, setSteps] = useState<Pick<ViewHistory, "past" | "future">>({ past: [], future: [] });
  const history: ViewHistory = { ...steps, present };
  const apply = (next: ViewHistory) => {
    if (next === history) return;
    setSteps({ past: next.past, future: next.future });
    onChange(next.present);
  };
  const controls: ViewHistoryControls = {
    history,
    act: (action) => apply(record(history, action)),
    undo: () => apply(undo(history)),
    redo: () => apply(redo(history)),
  };
  // The key handler is registered once and reads the latest controls.
  const latest = useRef(controls);
  useEffect(() => {
    latest.current = controls;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = toHistoryKey(event);
      if (key === null) return;
      event.preventDefault();
      latest.current[key]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return controls;
}
