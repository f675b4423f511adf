import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { goToSearch } from "../shared/go-to-search";
import type { NeighbourhoodViewProps } from "./neighbourhood-view";
import {
  type ExplorerState,
  readExplorerState,
  toExplorerSearch,
  toFocusIds,
  withExpanded,
} from "./url-state";

/**
 * The explorer's state as the URL holds it, `go` to move to another state (`replace` for typing
 * that should not add a history step), and the neighbourhood drawing's props: its focus, week,
 * selection and expansion. A new picked node (search, back button, shared link) becomes the
 * selection. On a node's own page the node is `pageNode`, implied by the path, so only the
 * expansions and week go in the query string.
 */
export function useExplorerUrl(pageNode: string | null = null) {
  const params = useSearchParams();
  const state = useMemo(
    () =>
      readExplorerState(
        pageNode === null ? params : { get: (key: string) => (key === "node" ? pageNode : params.get(key)) },
      ),
    [pageNode, params],
  );
  const focusIds = useMemo(() => toFocusIds(state), [state]);
  const go = (next: ExplorerState, replace = false) => {
    const search = toExplorerSearch(next);
    goToSearch(
      pageNode === null ? search : search.replace(/^\?node=[^&]*&?/, "?").replace(/^\?$/, ""),
      replace,
    );
  };
  const [selectedId, setSelectedId] = useState<string | null>(state.node);
  const [lastNode, setLastNode] = useState(state.node);
  if (state.node !== lastNode) {
    setLastNode(state.node);
    setSelectedId(state.node);
  }
  const neighbourhood: NeighbourhoodViewProps = {
    focusIds,
    week: state.week,
    selectedId,
    onSelect: setSelectedId,
    onExpand: (id) => go(withExpanded(state, id)),
  };
  return { state, go, neighbourhood };
}
