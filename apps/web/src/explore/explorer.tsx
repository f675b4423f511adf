"use client";

import Link from "next/link";
import { useState } from "react";
import type { NodeSummary } from "../api/types";
import { WholeWeekField } from "../differential/week-field";
import { hasSafety, toSafetyCheckHref } from "../safety/safety-check";
import { NeighbourhoodView } from "./neighbourhood-view";
import { SearchBox } from "./search-box";
import { useExplorerUrl } from "./use-explorer-url";

const EXAMPLES = ["pyelonephritis", "kidney infection", "paracetamol", "fever"];

export function Explorer() {
  const { state, go: navigate, neighbourhood } = useExplorerUrl();
  const [suggestion, setSuggestion] = useState<{ text: string } | null>(null);
  const [picked, setPicked] = useState<NodeSummary | null>(null);

  return (
    <div className="explorer">
      <section className="search-row" aria-label="Search">
        <SearchBox
          label="Search the graph"
          placeholder="A condition, finding, test or drug — e.g. pyelonephritis"
          onPick={(node) => {
            setPicked(node);
            navigate({ node: node.id, expand: [], week: state.week });
          }}
          suggestion={suggestion}
        />
        <WholeWeekField week={state.week} onWeek={(week) => navigate({ ...state, week }, true)} />
        <p className="examples">
          <span className="muted">Try:</span>
          {EXAMPLES.map((text) => (
            <button key={text} type="button" className="chip" onClick={() => setSuggestion({ text })}>
              {text}
            </button>
          ))}
        </p>
        {picked && picked.id === state.node && hasSafety(picked.kind) && (
          <p className="search-action" data-testid="search-safety-action">
            <Link href={toSafetyCheckHref(picked.id, state.week)}>
              Is {picked.name} safe {state.week === null ? "in pregnancy" : `at week ${state.week}`}? Open the
              safety checker
            </Link>
          </p>
        )}
      </section>

      {state.node === null ? (
        <section className="intro">
          <h2>Explore how causes, findings, tests and treatments connect</h2>
          <p>
            Search for a condition, a finding, a test or a drug. The explorer draws its neighbourhood in the
            knowledge graph; select any node to read its details and the quoted evidence behind each
            relationship.
          </p>
        </section>
      ) : (
        <NeighbourhoodView {...neighbourhood} />
      )}
    </div>
  );
}
