"use client";

import { useMemo, useState } from "react";
import { describeError } from "../api/graphql";
import type { NodeSummary } from "../api/types";
import { SearchBox } from "../explore/search-box";
import { GraphLegend } from "../graph-kit/graph-legend";
import { GraphCanvas } from "../graph-kit/graph-stage";
import { ToolGroup } from "../graph-kit/view-tools";
import type { StepTarget } from "./connectivity";
import { toPathElements } from "./path-elements";
import { type NeighbourScope, toBuilderSubgraph } from "./path-view";
import type { PathSubgraph } from "./queries";

export interface BuilderGraphProps {
  steps: readonly StepTarget[];
  selected: number;
  subgraph: PathSubgraph | null;
  loading: boolean;
  error: unknown;
  onAdd: (target: StepTarget) => void;
  onPickNode: (node: NodeSummary) => void;
}

/** The search box and the drawing the builder adds steps from. */
export function BuilderGraph({
  steps,
  selected,
  subgraph,
  loading,
  error,
  onAdd,
  onPickNode,
}: BuilderGraphProps) {
  const [scope, setScope] = useState<NeighbourScope>("selected");
  const view = useMemo(
    () => (subgraph ? toBuilderSubgraph(subgraph, steps, selected, scope) : null),
    [subgraph, steps, selected, scope],
  );
  const elements = useMemo(
    () => (view ? toPathElements(view, steps, { mode: "builder", current: selected }) : []),
    [view, steps, selected],
  );
  const after = selected >= 0 ? selected + 1 : steps.length;

  return (
    <section className="builder-graph" aria-label="Add steps from the graph">
      <div className="builder-graph-tools">
        <SearchBox
          label="Add a step by search"
          placeholder="A condition, finding, test or drug — e.g. fever"
          onPick={(node) => onPickNode(node)}
          clearOnPick
          hint="Enter or click adds the node as a step."
        />
        <ToolGroup
          legend="Show neighbours of"
          className="scope-toggle button-group"
          legendClassName="field-label"
          buttonClassName="button button-small"
          buttons={(["selected", "all"] as const).map((value) => ({
            label: value === "selected" ? "Selected step" : "Every step",
            pressed: scope === value,
            onClick: () => setScope(value),
          }))}
        />
      </div>
      {error !== null && error !== undefined && (
        <p className="alert" role="alert">
          Could not load the graph. {describeError(error)}
        </p>
      )}
      <p className="graph-status small muted" aria-live="polite">
        {loading && "Loading the neighbourhood…"}
        {!loading && steps.length === 0 && "Search for a node to start; its neighbours appear here."}
        {!loading &&
          steps.length > 0 &&
          view &&
          `${view.nodes.length} nodes · ${view.edges.length} relationships · click one to add it as step ${after + 1}`}
      </p>
      <div className="stage builder-stage">
        {elements.length > 0 ? (
          <GraphCanvas
            elements={elements}
            look="path-builder"
            layout="force"
            selectable={false}
            keepDrawn={false}
            onSelect={(nodeId) => onAdd({ nodeId, edgeId: null })}
            onSelectEdge={(edgeId) => onAdd({ nodeId: null, edgeId })}
          />
        ) : (
          <p className="stage-message muted">The graph around your path appears here.</p>
        )}
      </div>
      <GraphLegend relations="none" path="builder" />
    </section>
  );
}
