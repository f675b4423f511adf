import { KIND_OUTLINE, UNRATED_FILL } from "./kinds";
import { PATH_COLOUR, type PathGraphMode } from "./path-style";
import { HIGHLIGHT } from "./style";

/** Small drawings of the path styles; the words beside them carry the meaning. */
function Swatch({ variant }: { variant: "current" | "visited" | "in-path" }) {
  const common = { cx: 11, cy: 11, fill: UNRATED_FILL };
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      {variant === "current" && <circle cx={11} cy={11} r={10.5} fill={HIGHLIGHT} opacity={0.45} />}
      {variant === "current" && <circle {...common} r={7} stroke={KIND_OUTLINE} strokeWidth={3} />}
      {variant === "visited" && <circle {...common} r={8} stroke={PATH_COLOUR} strokeWidth={1.5} />}
      {variant === "visited" && (
        <circle cx={11} cy={11} r={5.5} fill="none" stroke={PATH_COLOUR} strokeWidth={1.5} />
      )}
      {variant === "in-path" && <circle {...common} r={8} stroke={PATH_COLOUR} strokeWidth={2.5} />}
    </svg>
  );
}

const ITEMS: Record<PathGraphMode, { variant: Parameters<typeof Swatch>[0]["variant"]; text: string }[]> = {
  presenter: [
    { variant: "current", text: "Current step: largest, heavy outline, highlighted" },
    { variant: "visited", text: "Path so far: double outline, numbered" },
  ],
  builder: [
    { variant: "current", text: "Selected step: largest, heavy outline" },
    { variant: "in-path", text: "In the path: outlined, with its step numbers" },
  ],
};

/** The path entries of the graph legend (graph-legend.tsx). */
export function PathLegendItems({ mode }: { mode: PathGraphMode }) {
  return (
    <ul className="legend path-legend" aria-label="How the path is drawn">
      {ITEMS[mode].map((item) => (
        <li key={item.variant}>
          <Swatch variant={item.variant} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
