import { toPercent } from "../../lib/format";

/** The probability as a printed number with a bar beside it; the bar is decoration. */
export function ProbabilityBar({ probability }: { probability: number }) {
  const width = `${Math.max(0.5, Math.min(100, probability * 100))}%`;
  return (
    <span className="probability">
      <span className="probability-track" aria-hidden="true">
        <span className="probability-fill" style={{ width }} />
      </span>
      <span className="probability-value">{toPercent(probability)}</span>
    </span>
  );
}
