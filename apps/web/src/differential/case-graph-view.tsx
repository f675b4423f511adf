"use client";

import type { NodeKind } from "@bpx/domain";
import type { Core } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import { GraphLegend } from "../graph-kit/graph-legend";
import { GraphStage } from "../graph-kit/graph-stage";
import type { LayoutName } from "../graph-kit/layouts";
import { useViewHistory } from "../graph-kit/use-view-history";
import { type GraphView, toHiddenIds } from "../graph-kit/view-history";
import { GraphToolbar, NodeTools } from "../graph-kit/view-tools";
import { CaseEdgePanel } from "./case-edge-panel";
import { toCaseElements } from "./case-elements";
import type { CaseGraph } from "./case-graph";
import { CaseGraphTable } from "./case-graph-table";
import { CaseNodePanel } from "./case-node-panel";
import { GraphExport } from "./graph-export";
import { KindFilter } from "./kind-filter";

export interface CaseGraphViewProps {
  graph: CaseGraph;
  week: number | null;
  selectedId: string | null;
  layout: LayoutName;
  view: "graph" | "table";
  hidden: readonly NodeKind[];
  expanded: readonly string[];
  /** Pinned, hidden and collapsed nodes, kept in the URL by the page. */
  graphView: GraphView;
  loading: boolean;
  /**
   * True while more of the graph has been asked for and is not in yet (the ranking's candidates,
   * then their tests and treatments): the first drawing waits for it (at most FIRST_DRAW_WAIT_MS),
   * so it is laid out and drawn once.
   */
  pending?: boolean;
  exportName: string;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onLayout: (layout: LayoutName) => void;
  onView: (view: "graph" | "table") => void;
  onKind: (kind: NodeKind, hidden: boolean) => void;
  onGraphView: (view: GraphView) => void;
}

/**
 * How long the first drawing waits for the rest of the graph. The ranking and the candidates' tests
 * and treatments usually come within a few hundred milliseconds (the canvas shows nothing
 * meanwhile, and the card says "Loading…"); a much slower answer (a busy or cold API) should not
 * keep what is already known undrawn for longer than this.
 */
export const FIRST_DRAW_WAIT_MS = 2000;

/** The case drawn as a graph (or a table), with layouts, filters, exports and a details panel. */
export function CaseGraphView(props: CaseGraphViewProps) {
  const { graph, selectedId, view, hidden, pending = false } = props;
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setWaitedLong(true), FIRST_DRAW_WAIT_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  const coreRef = useRef<Core | null>(null);
  // A clicked relationship, shown until a node is picked again.
  const [edgeId, setEdgeId] = useState<string | null>(null);
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (selectedId !== lastSelected) {
    setLastSelected(selectedId);
    setEdgeId(null);
  }
  const selectedEdge = edgeId === null ? null : (graph.edges.find((edge) => edge.id === edgeId) ?? null);
  const controls = useViewHistory(props.graphView, props.onGraphView);
  const { history, act } = controls;
  // The findings entered are the case itself: removed from the case, never hidden from its drawing.
  const entered = useMemo(
    () =>
      graph.nodes.filter((node) => node.role === "present" || node.role === "absent").map((node) => node.id),
    [graph],
  );
  const present = history.present;
  const hiddenIds = useMemo(() => toHiddenIds(present, graph.edges, entered), [present, graph, entered]);
  const elements = useMemo(
    () =>
      toCaseElements(graph, {
        hiddenKinds: hidden,
        hiddenIds,
        pinnedIds: present.pinned,
        collapsedIds: present.collapsed,
      }),
    [graph, hidden, hiddenIds, present],
  );
  const hiddenCount = graph.nodes.filter((node) => hiddenIds.has(node.id)).length;
  const shown = useMemo(() => {
    const drawn = new Set(elements.map((element) => element.data.id));
    return {
      nodes: graph.nodes.filter((node) => drawn.has(node.id)),
      edges: graph.edges.filter((edge) => drawn.has(edge.id)),
    };
  }, [graph, elements]);

  return (
    <section className="card case-graph" aria-labelledby="graph-title" data-testid="case-graph">
      <header className="card-header">
        <h2 id="graph-title">Case graph</h2>
        <p className="muted small" aria-live="polite">
          {props.loading ? "Loading…" : `${shown.nodes.length} nodes · ${shown.edges.length} relationships`}
          {!props.loading && hiddenCount > 0 && ` · ${hiddenCount} hidden`} · click a node for details,
          double-click to add its neighbours
        </p>
      </header>
      <GraphToolbar
        layout={props.layout}
        onLayout={props.onLayout}
        view={view}
        onView={props.onView}
        controls={controls}
        hiddenCount={hiddenCount}
        small
      >
        <GraphExport getCore={() => coreRef.current} baseName={props.exportName} title="Case graph" />
      </GraphToolbar>
      <KindFilter hidden={hidden} onChange={props.onKind} />
      <GraphStage
        view={view}
        canvas={{
          elements,
          look: "case",
          layout: props.layout,
          growToFit: true,
          holdFirstLayout: pending && !waitedLong,
          selectedId: selectedEdge ? null : selectedId,
          selectedEdgeId: selectedEdge?.id ?? null,
          onSelectEdge: setEdgeId,
          onSelect: (id) => {
            setEdgeId(null);
            props.onSelect(id);
          },
          onExpand: props.onExpand,
          onCore: (cy) => {
            coreRef.current = cy;
          },
        }}
        table={<CaseGraphTable graph={shown} selectedId={selectedId} onSelect={props.onSelect} />}
        panel={
          selectedEdge ? (
            <CaseEdgePanel
              source={selectedEdge.source}
              target={selectedEdge.target}
              week={props.week}
              onSelect={(id) => {
                setEdgeId(null);
                props.onSelect(id);
              }}
            />
          ) : (
            <CaseNodePanel
              selectedId={selectedId}
              week={props.week}
              expanded={selectedId !== null && props.expanded.includes(selectedId)}
              onSelect={props.onSelect}
              onExpand={props.onExpand}
              tools={(id) => (
                <NodeTools id={id} history={history} canHide={!entered.includes(id)} onAct={act} />
              )}
            />
          )
        }
      />
      <GraphLegend relations="case" />
    </section>
  );
}
