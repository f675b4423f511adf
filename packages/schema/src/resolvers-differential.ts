import {
  type Candidate,
  type Contribution,
  type DontMissEntry,
  type DontMissFinding,
  type DontMissReason,
  type FindingLink,
  type NextFinding,
  type RedFlagHit,
  type RuleOut,
  type SafetyAssessment,
  type SuggestedDiagnostic,
  type TreatmentSafety,
  toTrimester,
} from "@bpx/domain";
import type { GraphContext } from "./context";
import { badInput } from "./errors";
import { resolveEvidence } from "./evidence";
import { DEFAULT_RAISERS, type Raiser, toRaisers } from "./raisers";
import { runDifferential } from "./run-differential";
import { toSafetyResult } from "./safety-resolvers";
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

type RankedCandidate = Candidate & { raiseFrom: RaiseContext };

interface DifferentialArgs {
  input: { present: string[]; absent?: string[] | null; gestationalWeek?: number | null };
}

/** Checks the entered findings: sizes, duplicates, contradictions, then that each is a known finding. */
async function checkInput({ input }: DifferentialArgs, ctx: GraphContext) {
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
    ctx.nodes.prime(node);
  }
  return { present, absent, week, names: Object.fromEntries(nodes.map((n) => [n.id, n.name])) };
}

async function loadAll(ids: readonly string[], ctx: GraphContext) {
  return (await Promise.all(ids.map((id) => ctx.nodes.load(id)))).filter((n) => n !== null);
}

export const differentialResolvers = {
  Query: {
    differential: async (_: unknown, args: DifferentialArgs, ctx: GraphContext) => {
      const { present, absent, week, names } = await checkInput(args, ctx);
      const { result, links } = await runDifferential(
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
        ...result,
        candidates: result.candidates.map((c) => ({ ...c, raiseFrom })),
        omittedProbability: result.omittedProbability ?? 0,
        gestationalWeek: week ?? null,
        trimester: week === undefined ? null : toTrimester(week),
        suggestedDiagnostics: result.suggestedDiagnostics.map((d) => ({ ...d, safety: withWeek(d.safety) })),
        treatmentSafety: result.treatmentSafety.map((t) => ({ ...t, safety: withWeek(t.safety) })),
      };
    },
  },
  Candidate: {
    condition: (c: Candidate, _: unknown, ctx: GraphContext) => ctx.nodes.load(c.conditionId),
    raisers: (c: RankedCandidate, args: { first?: number | null }) => {
      const first = args.first ?? DEFAULT_RAISERS;
      if (!Number.isInteger(first) || first < 1 || first > MAX_RAISERS)
        throw badInput(`first must be 1 to ${MAX_RAISERS}; got ${first}.`, "first");
      const { links, entered, week } = c.raiseFrom;
      return toRaisers(links, c.conditionId, entered, week, first);
    },
  },
  Raiser: {
    finding: (r: Raiser, _: unknown, ctx: GraphContext) => ctx.nodes.load(r.findingId),
  },
  Contribution: {
    finding: (c: Contribution, _: unknown, ctx: GraphContext) => ctx.nodes.load(c.findingId),
    statsSource: (c: Contribution, _: unknown, ctx: GraphContext) =>
      c.statsSource ? ctx.nodes.load(c.statsSource) : null,
    evidence: (c: Contribution, _: unknown, ctx: GraphContext) => resolveEvidence(c.evidence, ctx),
  },
  RedFlag: {
    conditions: (r: RedFlagHit, _: unknown, ctx: GraphContext) => loadAll(r.conditionIds, ctx),
    findings: (r: RedFlagHit, _: unknown, ctx: GraphContext) => loadAll(r.findingIds, ctx),
    evidence: (r: RedFlagHit, _: unknown, ctx: GraphContext) => resolveEvidence(r.evidence, ctx),
  },
  DontMissEntry: {
    condition: (e: DontMissEntry, _: unknown, ctx: GraphContext) => ctx.nodes.load(e.conditionId),
  },
  DontMissReason: {
    kind: (r: DontMissReason) => (r.kind === "rule" ? "RULE" : "THRESHOLD"),
  },
  DontMissFinding: {
    finding: (f: DontMissFinding, _: unknown, ctx: GraphContext) => ctx.nodes.load(f.findingId),
    evidence: (f: DontMissFinding, _: unknown, ctx: GraphContext) => resolveEvidence(f.evidence, ctx),
  },
  RuleOut: {
    diagnostics: (r: RuleOut, _: unknown, ctx: GraphContext) => loadAll(r.diagnostics, ctx),
    findings: (r: RuleOut, _: unknown, ctx: GraphContext) => loadAll(r.findings, ctx),
    evidence: (r: RuleOut, _: unknown, ctx: GraphContext) => resolveEvidence(r.evidence, ctx),
  },
  NextFinding: {
    finding: (n: NextFinding, _: unknown, ctx: GraphContext) => ctx.nodes.load(n.findingId),
    separates: (n: NextFinding, _: unknown, ctx: GraphContext) => loadAll(n.separates, ctx),
  },
  SuggestedDiagnostic: {
    diagnostic: (d: SuggestedDiagnostic, _: unknown, ctx: GraphContext) => ctx.nodes.load(d.diagnosticId),
    evaluates: (d: SuggestedDiagnostic, _: unknown, ctx: GraphContext) => loadAll(d.evaluates, ctx),
    saferAlternatives: (d: SuggestedDiagnostic, _: unknown, ctx: GraphContext) =>
      loadAll(d.saferAlternatives, ctx),
  },
  TreatmentSafety: {
    subject: (t: TreatmentSafety, _: unknown, ctx: GraphContext) => ctx.nodes.load(t.subjectId),
    conditions: (t: TreatmentSafety, _: unknown, ctx: GraphContext) => loadAll(t.conditionIds, ctx),
  },
};
