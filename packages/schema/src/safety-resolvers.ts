import {
  type AssessedStatement,
  assessSafety,
  type SafetyAssessment,
  type SafetyLevel,
  type SuggestedDiagnostic,
  type TreatmentSafety,
} from "@bpx/domain";
import type { GraphContext } from "./context";
import { toOptionalText, toSection, toTextKind } from "./evidence";
import type { DrugSafetyArgs, Resolvers } from "./generated/resolvers-types";
import { referencedNode } from "./node-refs";
import { checkWeek } from "./validation";

/** A statement as the API returns it: the assessed statement and whether it dissents. */
export interface SafetyStatementResult extends AssessedStatement {
  dissents: boolean;
}

/**
 * A safety verdict as the API returns it: the assessment plus the week it is for. Each
 * statement's dissent flag is added by the `statements` and `dissent` resolvers, for the queries
 * that select them.
 */
export interface SafetyResult extends SafetyAssessment {
  gestationalWeek: number | null;
}

/** A differential's suggested test, its safety with the week. */
export type SuggestedDiagnosticResult = Omit<SuggestedDiagnostic, "safety"> & { safety: SafetyResult };

/** A differential's treatment, its safety with the week. */
export type TreatmentSafetyResult = Omit<TreatmentSafety, "safety"> & { safety: SafetyResult };

/** The assessment with its week, as the schema's Safety type. */
export function toSafetyResult(safety: SafetyAssessment, week: number | undefined): SafetyResult {
  return { ...safety, gestationalWeek: week ?? null };
}

/** The statements with whether each dissents from the headline `level`. */
function markDissent(statements: readonly AssessedStatement[], level: SafetyLevel): SafetyStatementResult[] {
  return statements.map((s) => ({ ...s, dissents: s.counted && s.level !== level }));
}

/** Resolves `safety(gestationalWeek)` on a drug, diagnostic or intervention. */
export async function resolveSafety(
  subjectId: string,
  args: DrugSafetyArgs,
  ctx: GraphContext,
): Promise<SafetyResult> {
  const week = checkWeek(args.gestationalWeek, "gestationalWeek");
  const { statements, drugClasses } = await ctx.safety.load(subjectId);
  return toSafetyResult(assessSafety(statements, subjectId, week, drugClasses), week);
}

const sourceOf = (s: { sourceId: string }, ctx: GraphContext) => ctx.nodes.load(s.sourceId);
const sourceProp = (key: string) => async (s: { sourceId: string }, _: unknown, ctx: GraphContext) =>
  toOptionalText((await sourceOf(s, ctx))?.props[key]);

export const safetyResolvers: Resolvers = {
  SafetyStatement: {
    source: (s, _, ctx) => referencedNode(s.sourceId, ctx),
    rank: (s) => s.sourceRank,
    title: async (s, _, ctx) => {
      const source = await sourceOf(s, ctx);
      return toOptionalText(source?.props.title) ?? source?.name ?? s.sourceId;
    },
    body: sourceProp("body"),
    document: sourceProp("document"),
    number: sourceProp("number"),
    date: sourceProp("date"),
    section: async (s, _, ctx) => toSection(s.evidence, await sourceOf(s, ctx)),
    quote: (s) => s.evidence.quote,
    verbatim: (s) => s.evidence.verbatim,
    textKind: (s) => toTextKind(s.evidence.verbatim),
    viaClass: (s, _, ctx) => (s.viaClassId ? ctx.nodes.load(s.viaClassId) : null),
  },
  SourceVerdict: {
    source: (v, _, ctx) => referencedNode(v.sourceId, ctx),
    rank: (v) => v.sourceRank,
    about: (v, _, ctx) => ctx.nodes.load(v.aboutId),
  },
  Safety: {
    sources: (s) => s.verdicts,
    statements: (s) => markDissent(s.statements, s.level),
    dissent: (s) => markDissent(s.dissent, s.level),
  },
};
