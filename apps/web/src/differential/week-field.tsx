import { toTrimester } from "@bpx/domain";
import { useId, useState } from "react";
import { toTrimesterLabel } from "../shared/format";
import { formatWeek, parseWeekInput, WEEK_FORMS_HINT, type WeekInput } from "./week-input";

export interface WeekFieldProps {
  week: number | null;
  days: number | null;
  /** Null when the field is empty or refused: a refused week is never replaced by another. */
  onChange: (week: number | null, days: number | null) => void;
}

type Age = { week: number | null; days: number | null };
type Shown = Age & { pending: Age[] };

/** The week and days the text gives the case; refused and empty text give none. */
function toAge(input: WeekInput): { week: number | null; days: number | null } {
  return input.kind === "age" ? { week: input.week, days: input.days } : { week: null, days: null };
}

/**
 * Gestational week with its trimester. Takes the forms clinicians write (24, 24+3, 24/40, 24w3d);
 * what was typed stays in the field, and a refused week is explained beside it.
 */
export function WeekField({ week, days, onChange }: WeekFieldProps) {
  const id = useId();
  const [text, setText] = useState(formatWeek(week, days));
  // The week the field last saw from the case, and what it sent since, oldest first, not yet come
  // back. The case applies each edit through navigation, so an echo can arrive after the next
  // keystroke (clear, then "4": the clear's echo lands after the 4 was typed) and must never
  // overwrite newer typing. Kept in state, not a ref, so rendering stays pure.
  const [shown, setShown] = useState<Shown>({ week, days, pending: [] });
  let input = parseWeekInput(text);
  // A note or a link that changes the case's week replaces what is typed; the field's own edits,
  // which come back as the same week, and a refused text, which gives none, stay as typed.
  if (shown.week !== week || shown.days !== days) {
    const echo = shown.pending.findIndex((sent) => sent.week === week && sent.days === days);
    setShown({ week, days, pending: echo >= 0 ? shown.pending.slice(echo + 1) : [] });
    const typed = toAge(input);
    if (echo < 0 && (typed.week !== week || typed.days !== days)) {
      setText(formatWeek(week, days));
      input = parseWeekInput(formatWeek(week, days));
    }
  }
  const refused = input.kind === "refused";

  return (
    <div className="week-field">
      <label htmlFor={id}>Gestational week</label>
      <div className="week-row">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={24}
          placeholder="24+3"
          value={text}
          aria-invalid={refused}
          aria-describedby={`${id}-status`}
          onChange={(event) => {
            setText(event.target.value);
            const next = toAge(parseWeekInput(event.target.value));
            // Compared with what the case will hold once this field's own edits land, not with
            // the props, which may still be an older week: clear, "4", then "5" must send the
            // refusal even while the props still say "no week" from the clear.
            const latest = shown.pending.at(-1) ?? { week, days };
            if (next.week !== latest.week || next.days !== latest.days) {
              setShown((current) => ({ ...current, pending: [...current.pending, next] }));
              onChange(next.week, next.days);
            }
          }}
        />
        {/* A span, not an output: the status role takes no name from its content, which would leave
            the input's description empty where aria-describedby points to it. */}
        <span
          id={`${id}-status`}
          className={refused ? "trimester week-refused" : "trimester"}
          data-testid="trimester"
          aria-live="polite"
        >
          {input.kind === "age"
            ? toTrimesterLabel(toTrimester(input.week))
            : input.kind === "refused"
              ? input.message
              : `Week not given (${WEEK_FORMS_HINT})`}
        </span>
      </div>
    </div>
  );
}

/**
 * The week field of a page whose URL keeps the week but not the days (the explorer, a node's page,
 * the safety checker: their answers are per whole week). The days typed are the reader's own and
 * are kept here, for the field to show them back.
 */
export function WholeWeekField({
  week,
  onWeek,
}: {
  week: number | null;
  onWeek: (week: number | null) => void;
}) {
  const [days, setDays] = useState<number | null>(null);
  return (
    <WeekField
      week={week}
      days={week === null ? null : days}
      onChange={(next, nextDays) => {
        setDays(nextDays);
        onWeek(next);
      }}
    />
  );
}
