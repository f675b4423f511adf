import { toFallbackName } from "../shared/format";

export interface FindingChipsProps {
  present: string[];
  absent: string[];
  names: Readonly<Record<string, string>>;
  /** Findings named in the note, marked so the clinician sees where a chip came from. */
  noted?: ReadonlySet<string>;
  onFlip: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The entered findings; one click or keystroke on the state flips present and absent. */
export function FindingChips({ present, absent, names, noted, onFlip, onRemove }: FindingChipsProps) {
  const entered = [
    ...present.map((id) => ({ id, isPresent: true })),
    ...absent.map((id) => ({ id, isPresent: false })),
  ];
  if (entered.length === 0) {
    return (
      <p className="muted small">No findings yet. Add what the patient has — and what she does not have.</p>
    );
  }
  return (
    <ul className="finding-chips" aria-label="Entered findings" data-testid="finding-chips">
      {entered.map(({ id, isPresent }) => {
        const name = names[id] ?? toFallbackName(id);
        return (
          <li
            key={id}
            className={isPresent ? "finding-chip is-present" : "finding-chip is-absent"}
            data-finding-id={id}
          >
            <span className="finding-chip-name">{name}</span>
            {noted?.has(id) && (
              <span className="finding-chip-source" title="Named in the clinical note">
                note
              </span>
            )}
            <button
              type="button"
              className="finding-state"
              aria-label={`${name}: ${isPresent ? "present" : "absent"}. Mark as ${isPresent ? "absent" : "present"}`}
              title="Flip present / absent"
              onClick={() => onFlip(id)}
            >
              <span aria-hidden="true">{isPresent ? "✓ Present" : "✕ Absent"}</span>
            </button>
            <button
              type="button"
              className="finding-remove"
              aria-label={`Remove ${name}`}
              onClick={() => onRemove(id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
