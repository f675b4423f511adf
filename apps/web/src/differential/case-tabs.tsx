"use client";

import { type KeyboardEvent, useRef } from "react";

export const CASE_TABS = [
  { id: "findings", label: "Findings" },
  { id: "ranking", label: "Ranking" },
  { id: "graph", label: "Graph" },
] as const;

export type CaseTab = (typeof CASE_TABS)[number]["id"];

export function toTabId(tab: CaseTab): string {
  return `case-tab-${tab}`;
}

export function toPanelId(tab: CaseTab): string {
  return `case-panel-${tab}`;
}

/** The tab a key moves to from `index`, wrapping at both ends, as the ARIA tabs pattern does. */
function toTarget(key: string, index: number): number | null {
  const last = CASE_TABS.length - 1;
  if (key === "ArrowRight") return index === last ? 0 : index + 1;
  if (key === "ArrowLeft") return index === 0 ? last : index - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  return null;
}

/**
 * The phone and tablet layout's tab set over the findings, the ranking and the graph. Selection
 * follows focus; only the selected tab is in the tab order, the arrow keys reach the others.
 */
export function CaseTabs({ selected, onSelect }: { selected: CaseTab; onSelect: (tab: CaseTab) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = toTarget(event.key, index);
    const tab = target === null ? undefined : CASE_TABS[target];
    if (target === null || tab === undefined) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current[target]?.focus();
  };
  return (
    <div className="case-tabs" role="tablist" aria-label="Case views">
      {CASE_TABS.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={toTabId(tab.id)}
          aria-controls={toPanelId(tab.id)}
          aria-selected={tab.id === selected}
          tabIndex={tab.id === selected ? 0 : -1}
          className="case-tab"
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
