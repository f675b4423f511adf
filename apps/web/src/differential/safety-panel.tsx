import { compareSafety } from "../safety/safety";
import { compareText } from "../shared/format";
import type { Differential, LinkedNode } from "./case-queries";
import { SafetyHeadlineItem, SafetyItem } from "./safety-item";

export interface SafetyPanelProps {
  differential: Differential;
  /** Tests linked to any candidate (from the graph), to list the ones not suggested for the leaders. */
  linked: LinkedNode[];
}

const names = (items: { name: string }[]) => items.map((item) => item.name).join(", ");

/** Tests and treatments around the leading causes with their safety at the entered week. */
export function SafetyPanel({ differential, linked }: SafetyPanelProps) {
  const week = differential.gestationalWeek;
  const suggested = new Set(differential.suggestedDiagnostics.map((item) => item.diagnostic.id));
  const otherTests = linked
    .filter((node) => node.kind === "DIAGNOSTIC" && node.safety && !suggested.has(node.id))
    .sort(
      (a, b) =>
        compareSafety(a.safety?.level ?? "UNKNOWN", b.safety?.level ?? "UNKNOWN") ||
        compareText(a.name, b.name),
    );
  const treatments = [...differential.treatmentSafety].sort(
    (a, b) => compareSafety(a.safety.level, b.safety.level) || compareText(a.subject.name, b.subject.name),
  );

  return (
    <section className="card safety-panel" aria-labelledby="safety-title" data-testid="safety-panel">
      <header className="card-header">
        <h2 id="safety-title">Safety {week === null ? "in pregnancy" : `at week ${week}`}</h2>
        <p className="muted small">
          Conflicting means the sources disagree: both are shown, neither is picked.
        </p>
      </header>
      <div className="safety-columns">
        <section aria-labelledby="safety-tests">
          <h3 id="safety-tests">Tests for the leading causes</h3>
          <ul className="safety-list">
            {differential.suggestedDiagnostics.map((item) => (
              <SafetyItem
                key={item.diagnostic.id}
                id={item.diagnostic.id}
                name={item.diagnostic.name}
                safety={item.safety}
                context={`Evaluates ${names(item.evaluates)}`}
                warning={item.warning}
                saferAlternatives={item.saferAlternatives}
              />
            ))}
          </ul>
          {otherTests.length > 0 && (
            <>
              <h3>Other tests linked to the differential</h3>
              <ul className="safety-list">
                {otherTests.map((node) =>
                  node.safety ? (
                    <SafetyHeadlineItem key={node.id} id={node.id} name={node.name} safety={node.safety} />
                  ) : null,
                )}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="safety-treatments">
          <h3 id="safety-treatments">Drugs and measures for the leading causes</h3>
          {treatments.length === 0 ? (
            <p className="muted small">None linked in the graph.</p>
          ) : (
            <ul className="safety-list">
              {treatments.map((item) => (
                <SafetyItem
                  key={item.subject.id}
                  id={item.subject.id}
                  name={item.subject.name}
                  safety={item.safety}
                  context={`${item.subject.kind === "DRUG" ? "Drug" : "Measure"} for ${names(item.conditions)}`}
                />
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
