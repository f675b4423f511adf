import { NODE_KINDS, type NodeKind } from "@bpx/domain";
import { KindIcon } from "../graph-kit/kind-icon";
import { KIND_VISUALS } from "../graph-kit/kinds";

export interface KindFilterProps {
  hidden: readonly NodeKind[];
  onChange: (kind: NodeKind, hidden: boolean) => void;
}

/** Show or hide each kind of node in the graph and its table. */
export function KindFilter({ hidden, onChange }: KindFilterProps) {
  return (
    <fieldset className="kind-filter">
      <legend>Show</legend>
      {NODE_KINDS.map((kind) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={!hidden.includes(kind)}
            onChange={(event) => onChange(kind, !event.target.checked)}
          />
          <KindIcon kind={kind} />
          {KIND_VISUALS[kind].plural}
        </label>
      ))}
    </fieldset>
  );
}
