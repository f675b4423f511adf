"use client";

import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { DraftStep } from "./draft";
import { type NameLookup, toStepTitle } from "./labels";
import { toDropIndex, toKeyboardMove } from "./reorder";

export interface StepListProps {
  steps: DraftStep[];
  names: NameLookup;
  selectedKey: string | null;
  /** Indexes of steps not connected to the step before them. */
  gaps: ReadonlySet<number>;
  onSelect: (key: string) => void;
  onMove: (from: number, to: number) => void;
}

type DropTarget = { index: number; lower: boolean } | null;

/** The ordered steps: select, drag to reorder, or Alt+Arrow keys and the arrow buttons. */
export function StepList({ steps, names, selectedKey, gaps, onSelect, onMove }: StepListProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [drop, setDrop] = useState<DropTarget>(null);

  // Moving a focused element in the DOM drops its focus; give it back after the move.
  useEffect(() => {
    if (focusKey === null) return;
    buttons.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  function move(from: number, to: number, key: string) {
    onMove(from, to);
    setFocusKey(key);
    setAnnouncement(
      `Moved “${toStepTitle(steps[from] as DraftStep, names)}” to position ${to + 1} of ${steps.length}.`,
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number, key: string) {
    const target = toKeyboardMove(event, index, steps.length);
    if (target !== null) {
      event.preventDefault();
      move(index, target, key);
    } else if (!event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      const next = steps[index + (event.key === "ArrowUp" ? -1 : 1)];
      if (next) buttons.current.get(next.key)?.focus();
    }
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, index: number) {
    if (dragIndex === null) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    setDrop({ index, lower: event.clientY > box.top + box.height / 2 });
  }

  function onDrop(event: DragEvent<HTMLLIElement>) {
    event.preventDefault();
    const key = dragIndex === null ? undefined : steps[dragIndex]?.key;
    if (dragIndex !== null && drop !== null && key) {
      const to = toDropIndex(dragIndex, drop.index, drop.lower);
      if (to !== dragIndex) move(dragIndex, to, key);
    }
    setDragIndex(null);
    setDrop(null);
  }

  if (steps.length === 0) {
    return (
      <p className="steps-empty muted">
        No steps yet. Search for a node above the graph, or click one in the graph, to add the first step.
      </p>
    );
  }

  return (
    <>
      <p id="step-list-hint" className="small muted">
        Drag a step, or focus it and press Alt+↑ / Alt+↓, to reorder.
      </p>
      <ol className="step-list" aria-label="Steps" aria-describedby="step-list-hint">
        {steps.map((step, index) => {
          const title = toStepTitle(step, names);
          const selected = step.key === selectedKey;
          const classes = ["step-item"];
          if (selected) classes.push("is-selected");
          if (dragIndex === index) classes.push("is-dragging");
          if (drop?.index === index) classes.push(drop.lower ? "drop-after" : "drop-before");
          return (
            <li
              key={step.key}
              className={classes.join(" ")}
              data-step-key={step.key}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", step.key);
                setDragIndex(index);
              }}
              onDragOver={(event) => onDragOver(event, index)}
              onDrop={onDrop}
              onDragEnd={() => {
                setDragIndex(null);
                setDrop(null);
              }}
            >
              {gaps.has(index) && (
                <p className="step-gap" role="note">
                  <span aria-hidden="true">⚠</span> Not connected to step {index} in the graph
                </p>
              )}
              <div className="step-row">
                <span className="step-handle" aria-hidden="true">
                  ⋮⋮
                </span>
                <button
                  type="button"
                  className="step-select"
                  aria-current={selected ? "step" : undefined}
                  ref={(element) => {
                    if (element) buttons.current.set(step.key, element);
                    else buttons.current.delete(step.key);
                  }}
                  onClick={() => onSelect(step.key)}
                  onKeyDown={(event) => onKeyDown(event, index, step.key)}
                >
                  <span className="step-number">{index + 1}</span>
                  <span className="step-text">
                    <span className="step-title">{title}</span>
                    <span className="step-meta">
                      {step.edgeId ? "Relationship" : "Node"}
                      {step.annotation.trim() === "" ? " · needs an annotation" : " · annotated"}
                      {step.question.trim() !== "" && " · question"}
                    </span>
                  </span>
                </button>
                <span className="step-move">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move step ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, step.key)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move step ${index + 1} down`}
                    disabled={index === steps.length - 1}
                    onClick={() => move(index, index + 1, step.key)}
                  >
                    ↓
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
