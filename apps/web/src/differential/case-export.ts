import type { CaseState } from "./case-state";
import type { Differential } from "./case-types";

export const DISCLAIMER =
  "Decision support from the listed sources, not a diagnosis. Every probability comes from the findings entered and the quoted evidence behind them.";

export interface CaseExportInput {
  state: CaseState;
  /** Finding names by id. */
  names: Readonly<Record<string, string>>;
  differential: Differential | null;
  /** The page's address, which reproduces the case. */
  url: string;
  exportedAt: Date;
}

/** The case as a self-describing JSON document: input, view, and the ranked answer with its sources. */
export function toCaseExport({ state, names, differential, url, exportedAt }: CaseExportInput) {
  const finding = (id: string) => ({ id, name: names[id] ?? id });
  return {
    format: "bpx-case/1",
    exportedAt: exportedAt.toISOString(),
    url,
    disclaimer: DISCLAIMER,
    case: {
      gestationalWeek: state.week,
      trimester: differential?.trimester ?? null,
      present: state.present.map(finding),
      absent: state.absent.map(finding),
    },
    view: { selectedNode: state.node, layout: state.layout, expanded: state.expand, hiddenKinds: state.hide },
    differential: differential && {
      candidates: differential.candidates.map((candidate) => ({
        rank: candidate.rank,
        id: candidate.condition.id,
        name: candidate.condition.name,
        probability: candidate.probability,
        prior: candidate.prior,
        urgency: candidate.urgency,
        supporting: candidate.supporting.map((c) => ({
          finding: c.finding.id,
          likelihoodRatio: c.likelihoodRatio,
        })),
        opposing: candidate.opposing.map((c) => ({
          finding: c.finding.id,
          likelihoodRatio: c.likelihoodRatio,
        })),
      })),
      otherProbability: differential.otherProbability,
      redFlags: differential.redFlags.map(({ id, message, urgency }) => ({ id, message, urgency })),
      dontMiss: differential.dontMiss.map((entry) => ({
        id: entry.condition.id,
        name: entry.condition.name,
        urgency: entry.urgency,
        probability: entry.probability,
        rank: entry.rank,
        keptOpenBy: entry.reasons.map((reason) => reason.message),
        findings: entry.findings.map((f) => ({ finding: f.finding.id, likelihoodRatio: f.likelihoodRatio })),
        ruleOut: entry.ruleOut && {
          text: entry.ruleOut.text,
          tests: entry.ruleOut.diagnostics.map((test) => test.id),
          findings: entry.ruleOut.findings.map((finding) => finding.id),
        },
      })),
      askNext: differential.nextFindings.map((next) => ({
        id: next.finding.id,
        name: next.finding.name,
        expectedInformationGain: next.expectedInformationGain,
      })),
      tests: differential.suggestedDiagnostics.map((test) => ({
        id: test.diagnostic.id,
        name: test.diagnostic.name,
        safety: test.safety.level,
        conflict: test.safety.conflict,
        warning: test.warning,
        sources: test.safety.statements.map((s) => ({
          source: s.source.title,
          sourceKind: s.source.sourceKind,
          rank: s.rank,
          level: s.level,
          text: s.textKind,
          dissents: s.dissents,
        })),
      })),
      treatments: differential.treatmentSafety.map((item) => ({
        id: item.subject.id,
        name: item.subject.name,
        kind: item.subject.kind,
        safety: item.safety.level,
        conflict: item.safety.conflict,
        sources: item.safety.statements.map((s) => ({
          source: s.source.title,
          sourceKind: s.source.sourceKind,
          rank: s.rank,
          level: s.level,
          text: s.textKind,
          dissents: s.dissents,
        })),
      })),
    },
  };
}

/** A file name without extension that says what and when: `case-week-24-2026-01-31`. */
export function toExportBase(state: Pick<CaseState, "week">, at: Date): string {
  const week = state.week === null ? "" : `-week-${state.week}`;
  return `case${week}-${at.toISOString().slice(0, 10)}`;
}

export function toExportName(state: Pick<CaseState, "week">, extension: string, at: Date): string {
  return `${toExportBase(state, at)}.${extension}`;
}
