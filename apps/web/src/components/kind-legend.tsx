import { NODE_KINDS } from "@bpx/domain";
import { KIND_VISUALS } from "../graph/kinds";
import { KindIcon } from "./kind-icon";

export function KindLegend({ showAgainst = true }: { showAgainst?: boolean }) {
  return (
    <ul className="legend" aria-label="Kinds of node">
      {NODE_KINDS.map((kind) => (
        <li key={kind}>
          <KindIcon kind={kind} />
          {KIND_VISUALS[kind].plural}
        </li>
      ))}
      {showAgainst && (
        <li>
          <svg width="22" height="8" aria-hidden="true" focusable="false">
            <line x1="0" y1="4" x2="22" y2="4" stroke="#b91c1c" strokeWidth="2" strokeDasharray="5 3" />
          </svg>
          Never seen with (argues against)
        </li>
      )}
    </ul>
  );
}
