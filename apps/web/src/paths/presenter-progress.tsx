export interface PresenterProgressProps {
  index: number;
  count: number;
  titles: readonly string[];
  onGo: (index: number) => void;
}

/**
 * "Step 3 of 5", a bar, and a numbered button per step (reached steps are filled). Steps not yet
 * reached are numbers only: their titles would give the walk away.
 */
export function PresenterProgress({ index, count, titles, onGo }: PresenterProgressProps) {
  const percent = count === 0 ? 0 : Math.round(((index + 1) / count) * 100);
  return (
    <div className="presenter-progress">
      <p className="progress-text" data-testid="progress">
        Step {index + 1} of {count}
      </p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Progress through the path"
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={index + 1}
        aria-valuetext={`Step ${index + 1} of ${count}`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <ol className="step-dots" aria-label="Go to step">
        {titles.map((title, i) => (
          <li key={`${i}-${i <= index ? title : ""}`}>
            <button
              type="button"
              className={i <= index ? "step-dot is-reached" : "step-dot"}
              aria-current={i === index ? "step" : undefined}
              aria-label={i <= index ? `Step ${i + 1}: ${title}` : `Step ${i + 1} (not reached yet)`}
              title={i <= index ? title : undefined}
              onClick={() => onGo(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
