import { SAFETY_LEVELS } from "@bpx/domain";
import { RELATION_LABELS } from "../../graph/case-elements";
import type { CaseRelation } from "../../graph/case-graph";
import { RELATION_VISUALS } from "../../graph/case-style";
import { SAFETY_VISUALS } from "../../lib/safety";
import { KindLegend } from "../kind-legend";

const DASHES = { solid: undefined, dashed: "6 3", dotted: "1.5 3" } as const;

/** What the graph's colours, shapes and lines mean; every entry is words as well as a swatch. */
export function CaseLegend() {
  return (
    <div className="case-legend">
      <h3 className="visually-hidden">Legend</h3>
      <KindLegend showAgainst={false} />
      <ul className="legend" aria-label="Safety at the entered week (tests, drugs, measures)">
        {SAFETY_LEVELS.map((level) => (
          <li key={level}>
            <span className="swatch" style={{ background: SAFETY_VISUALS[level].color }} aria-hidden="true" />
            {SAFETY_VISUALS[level].symbol} {SAFETY_VISUALS[level].label}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label="Relationships">
        {(Object.keys(RELATION_VISUALS) as CaseRelation[]).map((relation) => {
          const visual = RELATION_VISUALS[relation];
          return (
            <li key={relation}>
              <svg width="26" height="8" aria-hidden="true" focusable="false">
                <line
                  x1="0"
                  y1="4"
                  x2="26"
                  y2="4"
                  stroke={visual.color}
                  strokeWidth="2.5"
                  strokeDasharray={DASHES[visual.lineStyle]}
                />
              </svg>
              {RELATION_LABELS[relation]}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
