import type { SourceRef } from "../api/types";
import { toSourceKindLabel } from "../safety/safety";
import { compareText } from "../shared/format";
import type { Differential } from "./case-queries";

/** Every source the differential on screen cites, once each. */
export function toCitedSources(differential: Differential): SourceRef[] {
  const sources = new Map<string, SourceRef>();
  const add = (source: SourceRef) => sources.set(source.id, source);
  for (const candidate of differential.candidates) {
    for (const item of [...candidate.supporting, ...candidate.opposing]) {
      for (const evidence of item.evidence) add(evidence.source);
    }
  }
  for (const flag of differential.redFlags) {
    for (const evidence of flag.evidence) add(evidence.source);
  }
  for (const item of [...differential.suggestedDiagnostics, ...differential.treatmentSafety]) {
    for (const statement of item.safety.statements) add(statement.source);
  }
  return [...sources.values()].sort((a, b) => compareText(a.title, b.title));
}

/** The listed sources the trust statement refers to, each labelled by kind. */
export function SourcesList({ differential }: { differential: Differential }) {
  const sources = toCitedSources(differential);
  return (
    <section className="card sources" aria-labelledby="sources-title">
      <header className="card-header">
        <h2 id="sources-title">Sources behind this differential ({sources.length})</h2>
      </header>
      <ul className="sources-list">
        {sources.map((source) => (
          <li key={source.id}>
            <span className="source-kind-tag">{toSourceKindLabel(source.sourceKind)}</span>{" "}
            {source.citation ?? source.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
