import { toRatio, toSignedWeight } from "../shared/format";
import { type ComparisonRow, toComparison } from "./case-compare";
import type { Candidate, Contribution } from "./case-types";
import { ProbabilityBar } from "./probability-bar";

function Effect({ item }: { item: Contribution | null }) {
  if (item === null) return <span className="muted">no effect</span>;
  const word = item.weight > 0 ? "raises" : item.weight < 0 ? "lowers" : "no effect";
  return (
    <span>
      {word} · odds {toRatio(item.likelihoodRatio)}
      {/* The weight is what decides "favours": the same ratio can count less after tempering. */}
      <span className="muted small"> · weight {toSignedWeight(item.weight)}</span>
    </span>
  );
}

function favouredName(row: ComparisonRow, a: Candidate, b: Candidate): string {
  if (row.favours === "even") return "neither";
  return (row.favours === "a" ? a : b).condition.name;
}

/** Two candidates side by side, finding by finding, the finding that tells them apart most first. */
export function CompareView({ a, b, onClose }: { a: Candidate; b: Candidate; onClose: () => void }) {
  const rows = toComparison(a, b);
  return (
    <section className="compare-view" aria-labelledby="compare-title" data-testid="compare-view">
      <header className="card-header">
        <h3 id="compare-title">
          {a.condition.name} compared with {b.condition.name}
        </h3>
        <button type="button" className="button button-small" onClick={onClose}>
          Close the comparison
        </button>
      </header>
      <div className="compare-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">
            Each entered finding's effect on {a.condition.name} and on {b.condition.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">{a.condition.name}</th>
              <th scope="col">{b.condition.name}</th>
              <th scope="col">Favours</th>
            </tr>
          </thead>
          <tbody>
            <tr className="compare-summary">
              <th scope="row">Probability now</th>
              <td>
                <ProbabilityBar probability={a.probability} capped={a.capped} />
              </td>
              <td>
                <ProbabilityBar probability={b.probability} capped={b.capped} />
              </td>
              <td>
                {a.probability === b.probability
                  ? "neither"
                  : (a.probability > b.probability ? a : b).condition.name}
              </td>
            </tr>
            {rows.map((row) => (
              <tr key={row.finding.id} data-finding-id={row.finding.id}>
                <th scope="row">
                  {row.finding.name}{" "}
                  <span className="muted small">({row.present ? "present" : "absent"})</span>
                </th>
                <td>
                  <Effect item={row.a} />
                </td>
                <td>
                  <Effect item={row.b} />
                </td>
                <td>{favouredName(row, a, b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
