import {
  type Candidate,
  type FindingLink,
  type LazyDifferential,
  once,
  type RedFlagHit,
  type SafetyAssessment,
  toTrimester,
} from "@bpx/domain";
import type { GraphContext } from "./context";
import { badInput } from "./errors";
import { resolveEvidence } from "./evidence";
import type { DifferentialInput, Resolvers } from "./generated/resolvers-types";
import { loadNodes, referencedNode } from "./node-refs";
import { DEFAULT_RAISERS, toRaisers } from "./raisers";
import { startDifferential } from "./run-differential";
import {
  type SuggestedDiagnosticResult,
  type TreatmentSafetyResult,
  toSafetyResult,
} from "./safety-resolvers";
import { checkId, checkWeek } from "./validation";

export const DIFFERENTIAL_MAX_FINDINGS = 100;

/** Most raisers one candidate lists. */
export const MAX_RAISERS = 20;

/** What a candidate's raisers are read from: the run's links, the entered findings and the week. */
interface RaiseContext {
  links: FindingLink[];
  entered: ReadonlySet<string>;
  week: number | undefined;
}

/** A ranked candidate with what its raisers are read from. */
export type RankedCandidate = Candidate & { raiseFrom: RaiseContext };

/** Checks the entered findings: sizes, duplicates, contradictions, then that each is a known finding. */
async function checkInput(input: DifferentialInput, ctx: GraphContext) {
  const present = input.present;
  const absent = input.absent ?? [];
  const week = checkWeek(input.gestationalWeek, "gestationalWeek");
  const total = present.length + absent.length;
  if (present.length === 0) throw badInput("present must list at least one finding.", "present");
  if (total > DIFFERENTIAL_MAX_FINDINGS) {
    throw badInput(`At most ${DIFFERENTIAL_MAX_FINDINGS} findings may be entered; got ${total}.`, "present");
  }
  for (const [field, ids] of [
    ["present", present],
    ["absent", absent],
  ] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      checkId(id, field);
      if (seen.has(id)) throw badInput(`${field} lists "${id}" more than once.`, field);
      seen.add(id);
    }
  }
  const both = present.find((id) => absent.includes(id));
  if (both) throw badInput(`"${both}" is entered both present and absent.`, "absent");
  // From the knowledge snapshot, as getNodes would read them: a differential makes no store query.
  const nodes = await ctx.store.knowledgeNodes([...present, ...absent]);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const id of [...present, ...absent]) {
    const node = byId.get(id);
    const field = present.includes(id) ? "present" : "absent";
    if (!node) throw badInput(`Unknown finding id "${id}".`, field);
    if (node.kind !== "FINDING")
      throw badInput(`"${id}" is a ${node.kind.toLowerCase()}, not a finding.`, field);
    ctx.nodes.prime(node.id, node);
  }
  return { present, absent, week, names: Object.fromEntries(nodes.map((n) => [n.id, n.name])) };
}

/**
 * A differential as the resolvers read it: the ranking and red flags ready, the other parts
 * computed by their field's resolver the first time it is selected, once per answer.
 */
export interface DifferentialModel {
  candidates: RankedCandidate[];
  otherProbability: number;
  omittedProbability: number;
  gestationalWeek: number | null;
  trimester: number | null;
  redFlags: RedFlagHit[];
  lazy: LazyDifferential;
  suggestedDiagnostics: () => SuggestedDiagnosticResult[];
  treatmentSafety: () => TreatmentSafetyResult[];
}

/** The differential of entered findings, with each candidate's raisers and the week's safety. */
export async function differential(input: DifferentialInput, ctx: GraphContext): Promise<DifferentialModel> {
  const { present, absent, week, names } = await checkInput(input, ctx);
  const { differential: lazy, links } = await startDifferential(
    ctx.store,
    { present, absent, gestationalWeek: week },
    names,
  );
  // Every node the answer names is in the snapshot: resolving them costs no store query.
  const snapshot = await ctx.store.knowledgeSnapshot();
  ctx.nodes.preferKnown((id) => snapshot.node(id));
  const raiseFrom: RaiseContext = { links, entered: new Set([...present, ...absent]), week };
  const withWeek = (safety: SafetyAssessment) => toSafetyResult(safety, week);
  return {
    candidates: lazy.candidates.map((c) => ({ ...c, raiseFrom })),
    otherProbability: lazy.otherProbability,
    omittedProbability: lazy.omittedProbability,
    gestationalWeek: week ?? null,
    trimester: week === undefined ? null : toTrimester(week),
    redFlags: lazy.redFlags,
    lazy,
    suggestedDiagnostics: once(() =>
      lazy.suggestedDiagnostics().map((d) => ({ ...d, safety: withWeek(d.safety) })),
    ),
    treatmentSafety: once(() => lazy.treatmentSafety().map((t) => ({ ...t, safety: withWeek(t.safety) }))),
  };
}

export const differentialResolvers: Resolvers = {
  Query: {
    differential: (_, args, ctx) => differential(args.input, ctx),
  },
  Differential: {
    dontMiss: (d) => d.lazy.dontMiss(),
    nextFindings: (d) => d.lazy.nextFindings(),
    suggestedDiagnostics: (d) => d.suggestedDiagnostics(),
    treatmentSafety: (d) => d.treatmentSafety(),
  },
  Candidate: {
    condition: (c, _, ctx) => referencedNode(c.conditionId, ctx),
    raisers: (c, args) => {
      const first = args.first ?? DEFAULT_RAISERS;
      if (!Number.isInteger(first) || first < 1 || first > MAX_RAISERS)
        throw badInput(`first must be 1 to ${MAX_RAISERS}; got ${first}.`, "first");
      const { links, entered, week } = c.raiseFrom;
      return toRaisers(links, c.conditionId, entered, week, first);
    },
  },
  // From here on, one entry a type, each field a one-line call of the shared loaders
  // (referencedNode, loadNodes, resolveEvidence): alike in shape, as a resolver map is; the
  // loading itself is written once, in those functions.
  Raiser: {
    finding: (r, _, ctx) => referencedNode(r.findingId, ctx),
  },
  Contribution: {
    finding: (c, _, ctx) => referencedNode(c.findingId, ctx),
    statsSource: (c, _, ctx) => (c.statsSource ? ctx.nodes.load(c.statsSource) : null),
    evidence: (c, _, ctx) => resolveEvidence(c.evidence, ctx),
  },
  RedFlag: {
    conditions: (r, _, ctx) => loadNodes(r.conditionIds, ctx),
    findings: (r, _, ctx) => loadNodes(r.findingIds, ctx),
    evidence: (r, _, ctx) => resolveEvidence(r.evidence, ctx),
  },
  DontMissEntry: {
    condition: (e, _, ctx) => referencedNode(e.conditionId, ctx),
  },
  DontMissReason: {
    kind: (r) => (r.kind === "rule" ? "RULE" : "THRESHOLD"),
  },
  DontMissFinding: {
    finding: (f, _, ctx) => referencedNode(f.findingId, ctx),
    evidence: (f, _, ctx) => resolveEvidence(f.evidence, ctx),
  },
  RuleOut: {
    diagnostics: (r, _, ctx) => loadNodes(r.diagnostics, ctx),
    findings: (r, _, ctx) => loadNodes(r.findings, ctx),
    evidence: (r, _, ctx) => resolveEvidence(r.evidence, ctx),
  },
  NextFinding: {
    finding: (n, _, ctx) => referencedNode(n.findingId, ctx),
    separates: (n, _, ctx) => loadNodes(n.separates, ctx),
  },
  SuggestedDiagnostic: {
    diagnostic: (d, _, ctx) => referencedNode(d.diagnosticId, ctx),
    evaluates: (d, _, ctx) => loadNodes(d.evaluates, ctx),
    saferAlternatives: (d, _, ctx) => loadNodes(d.saferAlternatives, ctx),
  },
  TreatmentSafety: {
    subject: (t, _, ctx) => referencedNode(t.subjectId, ctx),
    conditions: (t, _, ctx) => loadNodes(t.conditionIds, ctx),
  },
};
