import { type AssessedStatement, assessSafety, type SafetyAssessment, type SourceVerdict } from "@bpx/domain";
import type { GraphContext } from "./context";
import { toOptionalText, toSection, toTextKind } from "./evidence";
import { checkWeek } from "./validation";

/** A statement as the API returns it: the assessed statement and whether it dissents. */
export interface SafetyStatementResult extends AssessedStatement {
  dissents: boolean;
}

/** A safety verdict as the API returns it: the assessment plus the week it is for. */
export interface SafetyResult extends Omit<SafetyAssessment, "statements" | "dissent"> {
  gestationalWeek: number | null;
  statements: SafetyStatementResult[];
  dissent: SafetyStatementResult[];
}

/** The assessment with its week and each statement's dissent flag, as the schema's Safety type. */
export function toSafetyResult(safety: SafetyAssessment, week: number | undefined): SafetyResult {
  const mark = (s: AssessedStatement): SafetyStatementResult => ({
    ...s,
    dissents: s.counted && s.level !== safety.level,
  });
  return {
    ...safety,
    gestationalWeek: week ?? null,
    statements: safety.statements.map(mark),
    dissent: safety.dissent.map(mark),
  };
}

/** Resolves `safety(gestationalWeek)` on a drug, diagnostic or intervention. */
export async function resolveSafety(
  subjectId: string,
  args: { gestationalWeek?: number | null },
  ctx: GraphContext,
): Promise<SafetyResult> {
  const week = checkWeek(args.gestationalWeek, "gestationalWeek");
  const { statements, drugClasses } = await ctx.safety.load(subjectId);
  return toSafetyResult(assessSafety(statements, subjectId, week, drugClasses), week);
}

const sourceOf = (s: { sourceId: string }, ctx: GraphContext) => ctx.nodes.load(s.sourceId);
const sourceProp = (key: string) => async (s: { sourceId: string }, _: unknown, ctx: GraphContext) =>
  toOptionalText((await sourceOf(s, ctx))?.props[key]);

export const safetyResolvers = {
  SafetyStatement: {
    source: (s: SafetyStatementResult, _: unknown, ctx: GraphContext) => sourceOf(s, ctx),
    rank: (s: SafetyStatementResult) => s.sourceRank,
    title: async (s: SafetyStatementResult, _: unknown, ctx: GraphContext) => {
      const source = await sourceOf(s, ctx);
      return toOptionalText(source?.props.title) ?? source?.name ?? s.sourceId;
    },
    body: sourceProp("body"),
    document: sourceProp("document"),
    number: sourceProp("number"),
    date: sourceProp("date"),
    section: async (s: SafetyStatementResult, _: unknown, ctx: GraphContext) =>
      toSection(s.evidence, await sourceOf(s, ctx)),
    quote: (s: SafetyStatementResult) => s.evidence.quote,
    verbatim: (s: SafetyStatementResult) => s.evidence.verbatim,
    textKind: (s: SafetyStatementResult) => toTextKind(s.evidence.verbatim),
    viaClass: (s: SafetyStatementResult, _: unknown, ctx: GraphContext) =>
      s.viaClassId ? ctx.nodes.load(s.viaClassId) : null,
  },
  SourceVerdict: {
    source: (v: SourceVerdict, _: unknown, ctx: GraphContext) => sourceOf(v, ctx),
    rank: (v: SourceVerdict) => v.sourceRank,
    about: (v: SourceVerdict, _: unknown, ctx: GraphContext) => ctx.nodes.load(v.aboutId),
  },
  Safety: {
    sources: (s: SafetyResult) => s.verdicts,
  },
};
