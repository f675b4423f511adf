"use client";

import { useMemo } from "react";
import { useQuery } from "../api/use-query";

/** At most this many ids per look-up, well inside the API's alias limit. */
const MAX_IDS = 20;

/**
 * Names of the nodes with these ids, for text that cites nodes by id (curators' notes). Ids the
 * graph does not hold (ordinary hyphenated words) come back null and are simply not named.
 */
export function useNodeNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const asked = ids.slice(0, MAX_IDS);
  const key = asked.join("\n");
  const { query, variables } = useMemo(() => {
    const list = key === "" ? [] : key.split("\n");
    if (list.length === 0) return { query: "", variables: null };
    const params = list.map((_, index) => `$i${index}: ID!`).join(", ");
    const fields = list.map((_, index) => `n${index}: node(id: $i${index}) { id name }`).join(" ");
    return {
      query: `query NodeNames(${params}) { ${fields} }`,
      variables: Object.fromEntries(list.map((id, index) => [`i${index}`, id])),
    };
  }, [key]);
  const { data } = useQuery<Record<string, { id: string; name: string } | null>, Record<string, string>>(
    query,
    variables,
  );
  return useMemo(
    () => new Map(Object.values(data ?? {}).flatMap((node) => (node ? [[node.id, node.name] as const] : []))),
    [data],
  );
}
