"use client";

import { useEffect, useMemo, useState } from "react";
import { describeError } from "../api/graphql";
import { useNeighborhood } from "../explore/use-neighborhood";
import { GraphLegend } from "../graph-kit/graph-legend";
import { GraphCanvas } from "../graph-kit/graph-stage";
import { downloadBlob } from "../shared/download";
import { toStepNodeIds } from "./connectivity";
import { loadStepDetails, toHandoutMarkdown, toHandoutName } from "./handout";
import { toStepTitle } from "./labels";
import { toPathElements } from "./path-elements";
import { toPathNodeIds, toPresenterSubgraph } from "./path-view";
import { PresenterProgress } from "./presenter-progress";
import { PresenterStep } from "./presenter-step";
import type { TeachingPathData } from "./queries";
import { parseStepParam, toPresenterMove, toStepSearch } from "./step-param";
import { usePath } from "./use-path";
import { usePathNeighborhood } from "./use-path-neighborhood";

/** Keys typed into a field, or Space on a button, belong to that control, not to the presenter. */
function isForControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target.closest("input, textarea, select, [contenteditable='true']")) return true;
  return event.key === " " && target.closest("button, a") !== null;
}

export interface PresenterProps {
  pathId: string;
  /** The `?step=` value the page was opened with (1-based). */
  initialStep: string | null;
  canEdit: boolean;
}

export function Presenter({ pathId, initialStep, canEdit }: PresenterProps) {
  const { path, loading, error } = usePath(pathId);
  if (loading) return <p className="muted">Loading the path…</p>;
  if (error !== null || path === null) {
    return (
      <div className="alert" role="alert">
        <strong>This teaching path is not available.</strong>{" "}
        {error !== null
          ? describeError(error)
          : "It does not exist, or it is a draft only educators can see."}{" "}
        <a href="/paths">Back to the library</a>
      </div>
    );
  }
  return <PresenterView path={path} initialStep={initialStep} canEdit={canEdit} />;
}

function PresenterView({
  path,
  initialStep,
  canEdit,
}: {
  path: TeachingPathData;
  initialStep: string | null;
  canEdit: boolean;
}) {
  const { steps } = path;
  const [index, setIndex] = useState(() => parseStepParam(initialStep, steps.length));
  const [revealed, setRevealed] = useState<string | null>(null);
  const pathNodeIds = useMemo(() => toPathNodeIds(steps), [steps]);
  const hood = usePathNeighborhood(pathNodeIds);
  const [handout, setHandout] = useState<"idle" | "busy" | "failed">("idle");
  const names = useMemo(() => {
    const known = new Map(hood.subgraph?.nodes.map((node) => [node.id, node.name]));
    for (const step of steps) if (step.node) known.set(step.node.id, step.node.name);
    return known;
  }, [hood.subgraph, steps]);
  const titles = useMemo(() => steps.map((step) => toStepTitle(step, names)), [steps, names]);
  const elements = useMemo(
    () =>
      hood.subgraph
        ? // Only the steps reached so far are drawn: the walk ahead stays hidden until it is reached.
          toPathElements(toPresenterSubgraph(hood.subgraph, steps.slice(0, index + 1)), steps, {
            mode: "presenter",
            current: index,
          })
        : [],
    [hood.subgraph, steps, index],
  );

  const walk = useMemo(() => ({ name: "walk" as const, order: toPathNodeIds(steps) }), [steps]);

  // The URL always names the step on screen, so it can be shared or reloaded.
  useEffect(() => {
    const search = toStepSearch(window.location.search, index);
    if (search !== window.location.search) window.history.replaceState(null, "", search);
  }, [index]);

  const step = steps[index];
  // The current step's nodes with their safety and quoted evidence (one small query per step:
  // the whole path's at once would pass the API's cost limit).
  const details = useNeighborhood(useMemo(() => (step ? toStepNodeIds(step) : []), [step]));
  const reveal = () => {
    if (step) setRevealed(step.id);
  };
  const downloadHandout = async () => {
    setHandout("busy");
    try {
      const all = await loadStepDetails(steps);
      downloadBlob(
        new Blob([toHandoutMarkdown(path, all)], { type: "text/markdown;charset=utf-8" }),
        toHandoutName(path.id),
      );
      setHandout("idle");
    } catch {
      setHandout("failed");
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isForControl(event)) return;
      if (event.key === "r" || event.key === "R") {
        const current = steps[index];
        if (current?.question && current.answer) {
          event.preventDefault();
          setRevealed(current.id);
        }
        return;
      }
      const target = toPresenterMove(event.key, index, steps.length);
      if (target === null) return;
      event.preventDefault();
      setIndex(target);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, steps]);

  return (
    <div className="presenter">
      <header className="presenter-head">
        <div>
          <p className="eyebrow">
            Teaching path{path.audience && ` · for ${path.audience}`}
            {path.status === "DRAFT" && " · draft"}
          </p>
          <h1 className="page-title">{path.title}</h1>
        </div>
        <div className="presenter-links">
          <a className="button button-small" href="/paths">
            Library
          </a>
          <button
            type="button"
            className="button button-small"
            disabled={handout === "busy"}
            onClick={() => void downloadHandout()}
          >
            Download handout (Markdown)
          </button>
          <span role="status" className="small">
            {handout === "busy" && "Preparing the handout…"}
            {handout === "failed" && "The handout could not be prepared; try again."}
          </span>
          {canEdit && path.canEdit && (
            <a className="button button-small" href={`/paths/${encodeURIComponent(path.id)}/edit`}>
              Edit
            </a>
          )}
        </div>
      </header>
      <div className="presenter-bar">
        <PresenterProgress index={index} count={steps.length} titles={titles} onGo={setIndex} />
        <nav className="presenter-nav" aria-label="Step navigation">
          <button type="button" className="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            ← Previous
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={index >= steps.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            Next →
          </button>
          <p className="presenter-nav-hint small muted">
            ← → or Space move between steps · R shows the answer
          </p>
        </nav>
      </div>
      {step ? (
        <div className="presenter-grid">
          <section
            className="presenter-graph"
            aria-label="The path in the graph; the step text beside it says the same"
          >
            <div className="stage presenter-stage">
              {elements.length > 0 && (
                <GraphCanvas elements={elements} look="path-presenter" layout={walk} selectable={false} />
              )}
            </div>
            <GraphLegend relations="none" path="presenter" />
          </section>
          <PresenterStep
            step={step}
            index={index}
            count={steps.length}
            title={titles[index] ?? ""}
            revealed={revealed === step.id}
            onReveal={reveal}
            details={details.subgraph}
            detailsError={details.error}
          />
        </div>
      ) : (
        <p className="muted">This path has no steps yet.</p>
      )}
    </div>
  );
}
