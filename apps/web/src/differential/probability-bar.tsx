import { toPercent } from "../shared/format";
import { toProbabilityBand } from "./case-numbers";

/**
 * The probability as a printed number with its band in words and a bar beside it; the bar is
 * decoration. The band keeps a point estimate from reading as certainty (see the legend).
 */
export function ProbabilityBar({ probability, capped = false }: { probability: number; capped?: boolean }) {
  const width = `${Math.max(0.5, Math.min(100, probability * 100))}%`;
  const band = toProbabilityBand(probability);
  return (
    <span className="probability">
      <span className="probability-track" aria-hidden="true">
        <span className="probability-fill" style={{ width }} />
      </span>
      <span className="probability-value">
        {toPercent(probability)}
        <span className="probability-band" data-band={band.label}>
          {band.label}
          {capped && <span className="probability-capped"> (ceiling)</span>}
        </span>
      </span>
    </span>
  );
}
