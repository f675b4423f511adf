import { toBits } from "../shared/format";
import type { NextFinding } from "./case-types";

export interface AskNextProps {
  next: NextFinding[];
  onAdd: (id: string, name: string, present: boolean) => void;
}

/** The findings whose answer would best separate the leading causes, addable in one click. */
export function AskNext({ next, onAdd }: AskNextProps) {
  return (
    <section className="card ask-next" aria-labelledby="ask-next-title" data-testid="ask-next">
      <header className="card-header">
        <h2 id="ask-next-title">Ask next</h2>
      </header>
      {next.length === 0 ? (
        <p className="muted small">Nothing left that would change the ranking much.</p>
      ) : (
        <ol className="ask-list">
          {next.map((item) => (
            <li key={item.finding.id} data-finding-id={item.finding.id}>
              <p className="ask-name">{item.finding.name}</p>
              <p className="muted small">
                Tells apart {item.separates.map((condition) => condition.name).join(", ")} ·{" "}
                {toBits(item.expectedInformationGain)} expected gain
              </p>
              <div className="ask-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onAdd(item.finding.id, item.finding.name, true)}
                >
                  + Present<span className="visually-hidden"> {item.finding.name}</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onAdd(item.finding.id, item.finding.name, false)}
                >
                  + Absent<span className="visually-hidden"> {item.finding.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
