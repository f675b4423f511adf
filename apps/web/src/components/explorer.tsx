"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { toElements } from "../graph/elements";
import { isLayoutName, LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from "../graph/layouts";
import { useNeighborhood } from "../hooks/use-neighborhood";
import { describeError } from "../lib/graphql";
import {
  type ExplorerState,
  readExplorerState,
  toExplorerSearch,
  toFocusIds,
  withExpanded,
} from "../lib/url-state";
import { GraphTable } from "./graph-table";
import { KindLegend } from "./kind-legend";
import { NodePanel } from "./node-panel";
import { SearchBox } from "./search-box";

// Cytoscape needs a real DOM and canvas, so the graph is rendered in the browser only.
const GraphCanvas = dynamic(() => import("./graph-canvas"), {
  ssr: false,
  loading: () => <p className="muted stage-message">Loading the graph viewer…</p>,
});

const EXAMPLES = ["pyelonephritis", "kidney infection", "paracetamol", "fever"];

/** Next's router follows history.pushState, so the URL stays the one source of the explorer's state. */
function navigate(state: ExplorerState) {
  const search = toExplorerSearch(state);
  if (search === window.location.search) return;
  window.history.pushState(null, "", search || window.location.pathname);
}

export function Explorer() {
  const params = useSearchParams();
  const state = useMemo(() => readExplorerState(params), [params]);
  const focusIds = useMemo(() => toFocusIds(state), [state]);
  const { subgraph, loading, error } = useNeighborhood(focusIds);

  const [selectedId, setSelectedId] = useState<string | null>(state.node);
  const [lastNode, setLastNode] = useState(state.node);
  const [view, setView] = useState<"graph" | "table">("graph");
  const [layout, setLayout] = useState<LayoutName>("cose");
  const [suggestion, setSuggestion] = useState<{ text: string } | null>(null);

  // A new picked node (search, back button, shared link) becomes the selection.
  if (state.node !== lastNode) {
    setLastNode(state.node);
    setSelectedId(state.node);
  }

  const elements = useMemo(() => (subgraph ? toElements(subgraph, { focusIds }) : []), [subgraph, focusIds]);
  const expand = (id: string) => navigate(withExpanded(state, id));

  return (
    <div className="explorer">
      <section className="search-row" aria-label="Search">
        <SearchBox onPick={(node) => navigate({ node: node.id, expand: [] })} suggestion={suggestion} />
        <p className="examples">
          <span className="muted">Try:</span>
          {EXAMPLES.map((text) => (
            <button key={text} type="button" className="chip" onClick={() => setSuggestion({ text })}>
              {text}
            </button>
          ))}
        </p>
      </section>

      {error !== null && (
        <div role="alert" className="alert">
          <strong>Could not load the graph.</strong> {describeError(error)}
        </div>
      )}

      {state.node === null && (
        <section className="intro">
          <h2>Explore how causes, findings, tests and treatments connect</h2>
          <p>
            Search for a condition, a finding, a test or a drug. The explorer draws its neighbourhood in the
            knowledge graph; select any node to read its details and the quoted evidence behind each
            relationship.
          </p>
        </section>
      )}

      {state.node !== null && (subgraph !== null || loading) && (
        <>
          <div className="toolbar">
            <p className="graph-status" aria-live="polite">
              {loading && "Loading…"}
              {!loading &&
                subgraph &&
                `${subgraph.nodes.length} nodes · ${subgraph.edges.length} relationships`}
              {!loading && subgraph?.truncated && " · showing part of a large neighbourhood"}
            </p>
            <label className="toolbar-field">
              Layout
              <select
                value={layout}
                onChange={(event) => isLayoutName(event.target.value) && setLayout(event.target.value)}
                disabled={view === "table"}
              >
                {LAYOUT_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {LAYOUT_LABELS[name]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              aria-pressed={view === "table"}
              onClick={() => setView(view === "graph" ? "table" : "graph")}
            >
              {view === "graph" ? "Show as table" : "Show as graph"}
            </button>
          </div>

          <div className="workspace">
            <div className="stage">
              <section
                className="stage-graph"
                hidden={view !== "graph"}
                aria-label="Graph drawing; the table view has the same content as text"
              >
                <GraphCanvas
                  elements={elements}
                  focusIds={focusIds}
                  selectedId={selectedId}
                  layout={layout}
                  visible={view === "graph"}
                  onSelect={setSelectedId}
                  onExpand={expand}
                />
              </section>
              {view === "table" && subgraph && (
                <GraphTable subgraph={subgraph} selectedId={selectedId} onSelect={setSelectedId} />
              )}
            </div>
            {subgraph && (
              <NodePanel
                subgraph={subgraph}
                selectedId={selectedId}
                expanded={selectedId !== null && focusIds.includes(selectedId)}
                busy={loading}
                onSelect={setSelectedId}
                onExpand={expand}
              />
            )}
          </div>
          <KindLegend />
        </>
      )}
    </div>
  );
}
