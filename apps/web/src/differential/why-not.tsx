import { toRatio } from "../shared/format";
import { toWhyNot } from "./case-compare";
import type { Candidate } from "./case-types";

/** Where a would-be ratio comes from, in words. */
const ORIGIN_WORDS: Record<string, string> = {
  STUDY: "from a study's figures",
  MIXED: "partly from a study",
  SCALE: "from the graph's frequency words",
  LEAK: "not linked",
};

/**
 * "Why not higher?": the entered findings that hold a candidate back (ratio below 1) and the
 * findings not yet entered that would raise it most if present, with the ratio the engine would use.
 */
export function WhyNot({ candidate }: { candidate: Candidate }) {
  const why = toWhyNot(candidate);
  const name = candidate.condition.name;
  return (
    <section className="why-not" aria-label={`Why ${name} is not higher`} data-testid="why-not">
      {why.capped && (
        <p className="small why-not-capped">
          It is held at the 90% ceiling: only one examination, laboratory or imaging finding with a likelihood
          ratio of 20 or more would lift it further.
        </p>
      )}
      <div className="contribution-columns">
        <section>
          <h4 className="contributions-title">Holding it back ({why.holdingBack.length})</h4>
          {why.holdingBack.length === 0 ? (
            <p className="muted small">No entered finding lowers it.</p>
          ) : (
            <ul className="why-not-list" data-testid="holding-back">
              {why.holdingBack.map((item) => (
                <li key={item.finding.id} data-finding-id={item.finding.id}>
                  <strong>{item.finding.name}</strong>{" "}
                  <span className="muted">({item.present ? "present" : "absent"})</span>: odds{" "}
                  {toRatio(item.likelihoodRatio)}
                  <span className="muted small">
                    {" "}
                    ·{" "}
                    {item.origin === "LEAK"
                      ? "not linked to it in the graph"
                      : `seen ${item.frequency ?? "?"} with it`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h4 className="contributions-title">Would raise it most, if present ({why.wouldRaise.length})</h4>
          {why.wouldRaise.length === 0 ? (
            <p className="muted small">No linked finding left to ask about would raise it.</p>
          ) : (
            <ul className="why-not-list" data-testid="would-raise">
              {why.wouldRaise.map((item) => (
                <li key={item.finding.id} data-finding-id={item.finding.id}>
                  <strong>{item.finding.name}</strong>: odds {toRatio(item.likelihoodRatio)}
                  <span className="muted small">
                    {" "}
                    · seen {item.frequency} with it{item.evoking ? `, evoking strength ${item.evoking}` : ""},{" "}
                    {ORIGIN_WORDS[item.origin] ?? item.origin}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
