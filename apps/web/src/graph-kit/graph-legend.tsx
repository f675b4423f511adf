import { NODE_KINDS, SAFETY_LEVELS } from "@bpx/domain";
import { RELATION_LABELS } from "../differential/case-elements";
import type { CaseRelation } from "../differential/case-graph";
import { SAFETY_VISUALS, toSafetyPattern } from "../safety/safety";
import { RELATION_VISUALS, type RelationVisual } from "./case-style";
import { KindIcon } from "./kind-icon";
import { KIND_VISUALS } from "./kinds";
import { PathLegendItems } from "./path-legend";
import type { PathGraphMode } from "./path-style";

const DASHES = { solid: undefined, dashed: "6 3", dotted: "1.5 3" } as const;

/** The explorer draws one relation style of its own: a "never" edge argues against. */
const EXPLORER_RELATIONS: { label: string; visual: RelationVisual }[] = [
  { label: "Never seen with (argues against)", visual: RELATION_VISUALS["argues-against"] },
];

function LineSwatch({ visual }: { visual: RelationVisual }) {
  return (
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
  );
}

export interface GraphLegendProps {
  /** Which relation styles the drawing uses: the case graph's, or the explorer's one. */
  relations?: "case" | "explorer" | "none";
  /** The path styles of a teaching-path drawing. */
  path?: PathGraphMode;
}

/**
 * The one legend of every graph view (issue 17): shape and outline for the kind, fill with a
 * pattern and a symbol for safety, line style for the relation. Every entry is words as well.
 */
export function GraphLegend({ relations = "explorer", path }: GraphLegendProps) {
  const lines =
    relations === "case"
      ? (Object.keys(RELATION_VISUALS) as CaseRelation[]).map((relation) => ({
          label: RELATION_LABELS[relation],
          visual: RELATION_VISUALS[relation],
        }))
      : relations === "explorer"
        ? EXPLORER_RELATIONS
        : [];
  return (
    <div className="graph-legend" data-testid="graph-legend">
      <h3 className="visually-hidden">Legend</h3>
      {path && <PathLegendItems mode={path} />}
      <ul className="legend" aria-label="Kind of node: shape and outline">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} />
            {KIND_VISUALS[kind].plural}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label="Safety in pregnancy: fill, pattern and symbol">
        <li>
          <span className="swatch swatch-unrated" aria-hidden="true" />
          White: no safety rating applies
        </li>
        {SAFETY_LEVELS.map((level) => {
          const pattern = toSafetyPattern(level);
          return (
            <li key={level}>
              <span
                className="swatch"
                data-level={level}
                style={{
                  backgroundColor: SAFETY_VISUALS[level].color,
                  backgroundImage: pattern ? `url("${pattern}")` : undefined,
                }}
                aria-hidden="true"
              />
              {SAFETY_VISUALS[level].symbol} {SAFETY_VISUALS[level].label}
            </li>
          );
        })}
      </ul>
      {lines.length > 0 && (
        <ul className="legend" aria-label="Relationships: line style">
          {lines.map((line) => (
            <li key={line.label}>
              <LineSwatch visual={line.visual} />
              {line.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
