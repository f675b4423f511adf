"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { describeError } from "../api/graphql";
import type { NodeSummary } from "../api/types";
import { BuilderGraph } from "./builder-graph";
import { BuilderHeader } from "./builder-header";
import { findGaps, type StepTarget } from "./connectivity";
import { toPublishProblems, toStepIndexOfField } from "./draft";
import { EditorProblem } from "./editor-problem";
import { isDirty, selectedIndex } from "./editor-state";
import { toStepTitle } from "./labels";
import { PathAbout } from "./path-about";
import { toPathNodeIds } from "./path-view";
import type { SaveState } from "./save-status";
import { StepEditor } from "./step-editor";
import { StepList } from "./step-list";
import { usePathEditor } from "./use-path-editor";
import { toIdsKey, usePathNeighborhood } from "./use-path-neighborhood";

/** The teaching-path builder: steps, the graph to add them from, and the selected step's text. */
export function PathBuilder({ pathId }: { pathId: string | null }) {
  const editor = usePathEditor(pathId);
  const { state, dispatch } = editor;
  const steps = state.draft.steps;
  const selected = selectedIndex(state);
  const [pickedNames, setPickedNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [publishProblems, setPublishProblems] = useState<string[]>([]);
  const nextKey = useRef(0);

  const pathNodeIds = useMemo(() => toPathNodeIds(steps), [steps]);
  const hood = usePathNeighborhood(pathNodeIds);
  const names = useMemo(
    () =>
      new Map([...pickedNames, ...(hood.subgraph?.nodes.map((node) => [node.id, node.name] as const) ?? [])]),
    [pickedNames, hood.subgraph],
  );
  // Judge connections only against the graph loaded for these very nodes, never a stale one.
  const current = hood.subgraph !== null && hood.forIds === toIdsKey(pathNodeIds);
  const gaps = useMemo(
    () => new Set(current && hood.subgraph ? findGaps(steps, hood.subgraph.edges) : []),
    [current, hood.subgraph, steps],
  );

  const dirty = isDirty(state);
  const saveState: SaveState =
    state.busy === "saving" ? "saving" : state.pathId === null ? "new" : dirty ? "unsaved" : "saved";

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const saveRef = useRef(editor.save);
  useEffect(() => {
    saveRef.current = editor.save;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  function addStep(target: StepTarget) {
    const here = steps[selected];
    // A second click on the step just added is a slip, not a request for a repeat.
    if (here && here.nodeId === target.nodeId && here.edgeId === target.edgeId) return;
    nextKey.current += 1;
    dispatch({ type: "add-step", target, key: `new-${Date.now()}-${nextKey.current}` });
  }

  function pickNode(node: NodeSummary) {
    setPickedNames((previous) => new Map([...previous, [node.id, node.name]]));
    addStep({ nodeId: node.id, edgeId: null });
  }

  function publish(yes: boolean) {
    const problems = yes ? toPublishProblems(state.draft) : [];
    setPublishProblems(problems);
    if (problems.length === 0) void editor.setPublished(yes);
  }

  if (editor.loading) return <p className="muted">Loading the path…</p>;
  if (editor.loadError !== null) {
    return (
      <div className="alert" role="alert">
        <strong>Could not open this path.</strong> {describeError(editor.loadError)}{" "}
        <a href="/paths">Back to the library</a>
      </div>
    );
  }

  const step = steps[selected];
  const problem = state.problem;
  const fieldStep = problem?.kind === "error" ? toStepIndexOfField(problem.field) : null;
  return (
    <div className="builder">
      <BuilderHeader
        title={state.draft.title}
        pathId={state.pathId}
        status={state.status}
        saveState={saveState}
        busy={state.busy !== null}
        onTitle={(value) => dispatch({ type: "meta", field: "title", value })}
        onSave={() => void editor.save()}
        onPublish={publish}
      />
      <EditorProblem
        problem={problem}
        onReload={() => void editor.reload()}
        onDismiss={() => dispatch({ type: "dismiss" })}
        onGoToStep={(index) => {
          const key = steps[index]?.key;
          if (key) dispatch({ type: "select", key });
        }}
      />
      {publishProblems.length > 0 && (
        <div className="alert" role="alert">
          <strong>Not ready to publish yet:</strong>
          <ul>
            {publishProblems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="builder-grid">
        <aside className="builder-steps paths-card" aria-label="Path">
          <PathAbout
            summary={state.draft.summary}
            audience={state.draft.audience}
            onChange={(field, value) => dispatch({ type: "meta", field, value })}
          />
          <h2 className="paths-card-title">
            Steps <span className="muted">({steps.length})</span>
          </h2>
          {gaps.size > 0 && (
            <p className="gap-summary small" data-testid="gap-summary">
              {gaps.size === 1 ? "1 step does" : `${gaps.size} steps do`} not follow on from the step before
              in the graph.
            </p>
          )}
          <StepList
            steps={steps}
            names={names}
            selectedKey={state.selectedKey}
            gaps={gaps}
            onSelect={(key) => dispatch({ type: "select", key })}
            onMove={(from, to) => dispatch({ type: "move-step", from, to })}
          />
        </aside>
        <BuilderGraph
          steps={steps}
          selected={selected}
          subgraph={hood.subgraph}
          loading={hood.loading}
          error={hood.error}
          onAdd={addStep}
          onPickNode={pickNode}
        />
        <aside className="builder-editor paths-card" aria-label="Selected step">
          {step ? (
            <StepEditor
              key={step.key}
              step={step}
              index={selected}
              title={toStepTitle(step, names)}
              fieldError={fieldStep === selected && problem?.kind === "error" ? problem.message : null}
              onChange={(patch) => dispatch({ type: "edit-step", key: step.key, patch })}
              onRemove={() => dispatch({ type: "remove-step", key: step.key })}
            />
          ) : (
            <p className="muted">Select a step to write its annotation.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
