import { MAX_WEEK, MIN_WEEK, toTrimester } from "@bpx/domain";
import { useEffect, useId, useState } from "react";
import { toTrimesterLabel } from "../../lib/format";

export interface WeekFieldProps {
  week: number | null;
  onChange: (week: number | null) => void;
}

/** Gestational week with its trimester; only whole weeks 1-42 reach the case. */
export function WeekField({ week, onChange }: WeekFieldProps) {
  const id = useId();
  const [text, setText] = useState(week === null ? "" : String(week));
  // A new case or a shared link replaces what is typed.
  useEffect(() => setText(week === null ? "" : String(week)), [week]);
  const valid = week !== null;

  return (
    <div className="week-field">
      <label htmlFor={id}>Gestational week</label>
      <div className="week-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={MIN_WEEK}
          max={MAX_WEEK}
          step={1}
          value={text}
          aria-describedby={`${id}-trimester`}
          onChange={(event) => {
            setText(event.target.value);
            const value = Number(event.target.value);
            if (event.target.value === "") onChange(null);
            else if (Number.isInteger(value) && value >= MIN_WEEK && value <= MAX_WEEK) onChange(value);
          }}
        />
        <output id={`${id}-trimester`} className="trimester" data-testid="trimester">
          {valid
            ? toTrimesterLabel(toTrimester(week))
            : text === ""
              ? "Week not given"
              : `Enter ${MIN_WEEK}–${MAX_WEEK}`}
        </output>
      </div>
    </div>
  );
}
