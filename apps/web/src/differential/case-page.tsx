"use client";

import { useSearchParams } from "next/navigation";
import { type HTMLAttributes, useMemo, useState } from "react";
import { downloadBlob } from "../shared/download";
import { goToSearch } from "../shared/go-to-search";
import { useMediaQuery } from "../shared/use-media-query";
import { AskNext } from "./ask-next";
import { CaseActions } from "./case-actions";
import { CaseEntry } from "./case-entry";
import { toCaseExport, toExportBase, toExportName } from "./case-export";
import { toCaseGraph } from "./case-graph";
import { CaseGraphView } from "./case-graph-view";
import { CaseNote } from "./case-note";
import type { CaseState } from "./case-state";
import * as caseState from "./case-state";
import { CaseStatus } from "./case-status";
import { type CaseTab, CaseTabs, toPanelId, toTabId } from "./case-tabs";
import { DifferentialList } from "./differential-list";
import { DontMissLane } from "./dont-miss-lane";
import { describeMerge, mergeReading } from "./note-reading";
import { RedFlagBanner } from "./red-flag-banner";
import { SafetyPanel } from "./safety-panel";
import { SourcesList } from "./sources-list";
import { useCaseGraph, useDifferential, useEnteredNames } from "./use-case";
import { useCaseNote } from "./use-case-note";

/** Phones and tablets show the findings, the ranking and the graph as tabs (issue 17). */
const TABBED = "(max-width: 768px)";

/**
 * Next's router follows the History API, so the URL stays the one source of the case. Every
 * change is applied to the case as the URL holds it now, not as the last render saw it: Next
 * re-renders after a history write in a transition, so two quick edits (tap a node, then pick a
 * layout; clear the week, then type "4") would otherwise each write a URL built from the same
 * stale case, and the second would undo the first.
 */
function navigate(change: (current: CaseState) => CaseState, replace = false) {
  const current = caseState.readCaseState(new URLSearchParams(window.location.search));
  goToSearch(caseState.toCaseSearch(change(current)), replace);
}

export function CasePage() {
  const params = useSearchParams();
  const state = useMemo(() => caseState.readCaseState(params), [params]);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const tabbed = useMediaQuery(TABBED);
  // A shared case opens on its ranking; an empty one on the findings to enter.
  const [tab, setTab] = useState<CaseTab>(state.present.length > 0 ? "ranking" : "findings");
  const panel = (name: CaseTab): HTMLAttributes<HTMLDivElement> =>
    tabbed
      ? { role: "tabpanel", id: toPanelId(name), "aria-labelledby": toTabId(name), hidden: tab !== name }
      : {};
  const differentialQuery = useDifferential(state);
  const enteredQuery = useEnteredNames(state);
  const data = differentialQuery.data;
  const differential = state.present.length > 0 ? (data?.differential ?? null) : null;
  const candidateIds = useMemo(
    () => differential?.candidates.map((c) => c.condition.id) ?? [],
    [differential],
  );
  const graphView = useMemo(() => caseState.toGraphView(state), [state]);
  const graphQuery = useCaseGraph(candidateIds, state.expand, state.week);

  const names = useMemo(() => {
    const known: Record<string, string> = { ...picked };
    for (const node of [...(data?.entered.nodes ?? []), ...(enteredQuery.data?.entered.nodes ?? [])])
      known[node.id] = node.name;
    return known;
  }, [picked, data, enteredQuery.data]);

  const graph = useMemo(
    () =>
      toCaseGraph({
        present: state.present,
        absent: state.absent,
        findingNames: names,
        differential,
        linked: graphQuery.data?.linked ?? null,
        expanded: graphQuery.data?.expanded ?? null,
        expandedIds: state.expand,
      }),
    [state.present, state.absent, state.expand, names, differential, graphQuery.data],
  );

  // The merge reads the case from the URL when the answer arrives, not as it was when asked.
  const note = useCaseNote((reading) => {
    const merge = mergeReading(caseState.readCaseState(new URLSearchParams(window.location.search)), reading);
    setPicked((current) => {
      const known = { ...current };
      for (const finding of [...reading.present, ...reading.absent]) known[finding.id] = finding.name;
      return known;
    });
    navigate(() => merge.state);
    return describeMerge(merge);
  });

  const noted = useMemo(
    () => new Set(note.reading?.mentions.map((mention) => mention.finding.id) ?? []),
    [note.reading],
  );

  const addFinding = (id: string, name: string, present: boolean) => {
    setPicked((current) => ({ ...current, [id]: name }));
    navigate((current) => caseState.withFinding(current, id, present));
  };
  const select = (id: string) => navigate((current) => ({ ...current, node: id }), true);
  const exportJson = () => {
    const now = new Date();
    const document = toCaseExport({ state, names, differential, url: window.location.href, exportedAt: now });
    downloadBlob(
      new Blob([JSON.stringify(document, null, 2)], { type: "application/json" }),
      toExportName(state, "json", now),
    );
  };

  return (
    <>
      <RedFlagBanner flags={differential?.redFlags ?? []} />
      {tabbed && <CaseTabs selected={tab} onSelect={setTab} />}
      <div className="case-layout">
        <div className="case-side" {...panel("findings")}>
          <CaseEntry
            present={state.present}
            absent={state.absent}
            week={state.week}
            days={state.days}
            names={names}
            onAdd={(node, present) => addFinding(node.id, node.name, present)}
            onFlip={(id) => navigate((current) => caseState.flipFinding(current, id))}
            onRemove={(id) => navigate((current) => caseState.withoutFinding(current, id))}
            onWeek={(week, days) => navigate((current) => ({ ...current, week, days }), true)}
            onClear={() => {
              note.clear();
              navigate((current) => caseState.clearCase(current));
            }}
            hasNote={note.text !== ""}
            noted={noted}
          >
            <CaseNote
              note={note}
              present={state.present}
              onAdd={(finding) => addFinding(finding.id, finding.name, true)}
            />
          </CaseEntry>
          {differential && <AskNext next={differential.nextFindings} onAdd={addFinding} />}
        </div>
        <div className="case-main" {...panel("ranking")}>
          <CaseActions search={caseState.toCaseSearch(state)} onExportJson={exportJson} />
          <CaseStatus
            state={state}
            error={differentialQuery.error ?? graphQuery.error}
            loading={differentialQuery.loading}
          />
          {differential && (
            <DifferentialList
              differential={differential}
              loading={differentialQuery.loading}
              onShow={(id) => {
                select(id);
                if (tabbed) setTab("graph");
                document.getElementById("graph-title")?.scrollIntoView({ behavior: "smooth" });
              }}
            />
          )}
        </div>
        {differential && (
          <div className="case-safety" hidden={tabbed && tab !== "ranking"}>
            <DontMissLane entries={differential.dontMiss} />
            <SafetyPanel differential={differential} linked={graphQuery.data?.linked.nodes ?? []} />
          </div>
        )}
      </div>
      <div className="case-graph-panel" {...panel("graph")}>
        {tabbed && graph.nodes.length === 0 && (
          <p className="card muted">Add a finding to draw the case as a graph.</p>
        )}
        {/* CaseGraphView's props are alike in shape to safety-checker's SafetyCard call; different
           components. */}
        {graph.nodes.length > 0 && (
          <CaseGraphView
            graph={graph}
            week={state.week}
            selectedId={state.node}
            layout={state.layout}
            view={state.view}
            hidden={state.hide}
            expanded={state.expand}
            graphView={graphView}
            loading={graphQuery.loading}
            // The first drawing waits while the ranking, then the candidates' tests and
            // treatments, are on their way (a warm page has the canvas ready before either).
            pending={
              (differentialQuery.loading && differential === null) ||
              (graphQuery.loading && graphQuery.data === null)
            }
            exportName={toExportBase(state, new Date())}
            onSelect={select}
            onExpand={(id) => navigate((current) => caseState.withExpanded(current, id))}
            onLayout={(layout) => navigate((current) => ({ ...current, layout }), true)}
            onView={(view) => navigate((current) => ({ ...current, view }), true)}
            onKind={(kind, hidden) =>
              navigate((current) => caseState.withKindHidden(current, kind, hidden), true)
            }
            // The view's own Undo and Redo step through these, so they replace rather than push.
            onGraphView={(view) => navigate((current) => caseState.withGraphView(current, view), true)}
          />
        )}
      </div>
      {differential && (!tabbed || tab === "ranking") && <SourcesList differential={differential} />}
    </>
  );
}
