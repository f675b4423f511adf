"use client";

import Link from "next/link";
import { useMemo } from "react";
import { graphql } from "../api/gql";
import { useGraphQLQuery } from "../api/use-query";
import { WholeWeekField } from "../differential/week-field";
import { NeighbourhoodView } from "../explore/neighbourhood-view";
import { toExplorerSearch } from "../explore/url-state";
import { useExplorerUrl } from "../explore/use-explorer-url";
import { KindBadge } from "../graph-kit/kind-icon";
import { toFallbackName } from "../shared/format";

const NodeDocument = graphql(`
  query NodePage($id: ID!) {
    node(id: $id) { id kind name aliases }
  }
`);

/** A linkable page for one entity: its name, its neighbourhood drawn, and the evidence on each link. */
export function NodeView({ id }: { id: string }) {
  const { state, go, neighbourhood } = useExplorerUrl(id);
  const variables = useMemo(() => ({ id }), [id]);
  const { data } = useGraphQLQuery(NodeDocument, variables);

  return (
    <div className="node-page">
      <header className="node-page-header">
        {data?.node && <KindBadge kind={data.node.kind} />}
        <h1 className="page-title">{data?.node?.name ?? toFallbackName(id)}</h1>
        {data?.node && data.node.aliases.length > 0 && (
          <p className="muted">Also known as {data.node.aliases.join(", ")}</p>
        )}
        <p className="small">
          <Link href={`/explore${toExplorerSearch(state)}`}>Open in the graph explorer</Link>
        </p>
        <WholeWeekField week={state.week} onWeek={(week) => go({ ...state, week }, true)} />
      </header>
      <NeighbourhoodView {...neighbourhood} />
    </div>
  );
}
