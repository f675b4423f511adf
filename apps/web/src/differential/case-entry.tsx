"use client";

import { type ReactNode, useState } from "react";
import type { NodeSummary } from "../api/types";
import { SearchBox } from "../explore/search-box";
import { FindingChips, type FindingChipsProps } from "./finding-chips";
import { WeekField } from "./week-field";

/** The entered findings and what a chip does (FindingChipsProps), with the rest of the entry. */
export interface CaseEntryProps extends FindingChipsProps {
  week: number | null;
  days: number | null;
  onAdd: (finding: NodeSummary, present: boolean) => void;
  onWeek: (week: number | null, days: number | null) => void;
  onClear: () => void;
  /** A note is written: Clear case clears it too. */
  hasNote: boolean;
  /** Findings the last reading of the note named, marked on their chips. */
  noted: ReadonlySet<string>;
  /** The free-text note, above the type-ahead. */
  children?: ReactNode;
}

/** Findings with type-ahead, their present/absent state, the week, and a fresh start. */
export function CaseEntry({
  week,
  days,
  onAdd,
  onWeek,
  onClear,
  hasNote,
  children,
  ...chips
}: CaseEntryProps) {
  const [addAbsent, setAddAbsent] = useState(false);
  // Clearing remounts the week field, so a refused text (which gives the case no week) goes too.
  const [cleared, setCleared] = useState(0);
  const entered = chips.present.length + chips.absent.length;
  return (
    <section className="card case-entry" aria-labelledby="case-title">
      <header className="card-header">
        <h2 id="case-title">Case</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setCleared((count) => count + 1);
            onClear();
          }}
          disabled={entered === 0 && week === null && !hasNote}
        >
          Clear case
        </button>
      </header>
      {children}
      <SearchBox
        label="Add a finding"
        placeholder="Symptom or sign, e.g. fever"
        kinds={["FINDING"]}
        clearOnPick
        hint="↑ ↓ to choose · Enter adds · Shift+Enter adds the other way"
        onPick={(node, alternate) => onAdd(node, addAbsent === alternate)}
      />
      <fieldset className="add-as">
        <legend>Add as</legend>
        <label>
          <input type="radio" name="add-as" checked={!addAbsent} onChange={() => setAddAbsent(false)} />{" "}
          present
        </label>
        <label>
          <input type="radio" name="add-as" checked={addAbsent} onChange={() => setAddAbsent(true)} /> absent
        </label>
      </fieldset>
      <FindingChips {...chips} />
      <WeekField key={cleared} week={week} days={days} onChange={onWeek} />
    </section>
  );
}
