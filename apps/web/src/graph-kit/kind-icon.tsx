import type { NodeKind } from "@bpx/domain";
import { KIND_OUTLINE, KIND_VISUALS, UNRATED_FILL } from "./kinds";

/** SVG outlines matching the Cytoscape shapes in KIND_VISUALS, on a 16x16 box. */
const SHAPE_PATHS: Record<(typeof KIND_VISUALS)[NodeKind]["shape"], string> = {
  ellipse: "M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z",
  "round-rectangle": "M4 2h8a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3z",
  diamond: "M8 1l7 7-7 7-7-7z",
  hexagon: "M4.5 2h7L15 8l-3.5 6h-7L1 8z",
  triangle: "M8 1.5l7 12.5H1z",
  rectangle: "M2 2h12v12H2z",
};

/** The node kind's shape, outlined in ink as drawn, so lists and legends match the graph. */
export function KindIcon({ kind, size = 14 }: { kind: NodeKind; size?: number }) {
  const visual = KIND_VISUALS[kind];
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPE_PATHS[visual.shape]} fill={UNRATED_FILL} stroke={KIND_OUTLINE} strokeWidth="1.6" />
    </svg>
  );
}

/** Icon plus the kind's name; the name carries the meaning, the icon only echoes the graph. */
export function KindBadge({ kind }: { kind: NodeKind }) {
  return (
    <span className="kind-badge">
      <KindIcon kind={kind} />
      {KIND_VISUALS[kind].label}
    </span>
  );
}
