import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { goToSearch } from "../shared/go-to-search";
import { type ExplorerState, readExplorerState, toExplorerSearch, toFocusIds } from "./url-state";

/**
 * The explorer's state as the URL holds it, the nodes it centres on, and `go` to move to another
 * state (`replace` for typing that should not add a history step). On a node's own page the node
 * is `pageNode`, implied by the path, so only the expansions and week go in the query string.
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
  return { state, focusIds, go };
}
