"use client";

import { useMemo } from "react";
import { type NodeNameFragment, NodeNameFragmentDoc, TypedDocumentString } from "../api/gql/graphql";
import { useGraphQLQuery } from "../api/use-query";

/** At most this many ids per look-up: each is a root field, and the API allows 10 per operation. */
const MAX_IDS = 10;

/**
 * One aliased `node` field per id, each selecting the generated NodeName fragment: the number of
 * fields varies, so the operation is put together here rather than written out for codegen.
 */
function toNodeNamesDocument(count: number) {
  const params = Array.from({ length: count }, (_, index) => `$i${index}: ID!`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, index) => `n${index}: node(id: $i${index}) { ...NodeName }`,
  );
  return new TypedDocumentString<Record<string, NodeNameFragment | null>, Record<string, string>>(
    `query NodeNames(${params}) { ${fields.join(" ")} }\n${NodeNameFragmentDoc}`,
  );
}

/**
 * Names of the nodes with these ids, for text that cites nodes by id (curators' notes). Ids the
 * graph does not hold (ordinary hyphenated words) come back null and are simply not named.
 */
export function useNodeNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const asked = ids.slice(0, MAX_IDS);
  const key = asked.join("\n");
  const { document, variables } = useMemo(() => {
    const list = key === "" ? [] : key.split("\n");
    return {
      document: toNodeNamesDocument(list.length),
      variables: list.length === 0 ? null : Object.fromEntries(list.map((id, index) => [`i${index}`, id])),
    };
  }, [key]);
  const { data } = useGraphQLQuery(document, variables);
  return useMemo(
    () => new Map(Object.values(data ?? {}).flatMap((node) => (node ? [[node.id, node.name] as const] : []))),
    [data],
  );
}
