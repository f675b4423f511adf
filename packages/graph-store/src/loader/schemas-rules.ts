import { EVOKING_STRENGTHS, FREQUENCIES, RELATION_TYPE_NAMES, URGENCIES } from "@bpx/domain";
import { z } from "zod";
import { evidenceSchema, id, text, weeksSchema } from "./schemas-base";

/** The shape of relationships, safety statements, red flags and priors in the curated files. */

const probability = z.number().gt(0).lt(1);

export const safetySchema = z.strictObject({
  /** The drug, diagnostic or intervention the statement is about. */
  subject: id,
  level: z.enum(["ALLOWED", "CAUTION", "AVOID", "CONTRAINDICATED"]),
  /** The gestational window the statement covers; the whole pregnancy when omitted. */
  weeks: weeksSchema.optional(),
  note: text.optional(),
  evidence: z
    .array(evidenceSchema)
    .length(1, "a safety statement cites exactly one source: one statement per source"),
});

export const redFlagSchema = z
  .strictObject({
    id,
    message: text,
    urgency: z.enum(URGENCIES),
    /** Findings that must all be present. */
    whenAll: z.array(id).default([]),
    /** Findings of which at least one must be present (when given). */
    whenAny: z.array(id).default([]),
    weeks: weeksSchema.optional(),
    /** Conditions the flag points to. */
    suggests: z.array(id).default([]),
    evidence: z.array(evidenceSchema).min(1, "every red flag needs at least one source and quote"),
  })
  .refine((r) => r.whenAll.length + r.whenAny.length > 0, {
    message: "a red flag needs whenAll or whenAny findings",
  });

export const relationSchema = z
  .strictObject({
    type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
    from: id,
    to: id,
    frequency: z.enum(FREQUENCIES).optional(),
    evoking: z.enum(EVOKING_STRENGTHS).optional(),
    /** P(finding | condition), from a cited study (PRESENTS_WITH only). */
    sensitivity: probability.optional(),
    /** 1 - P(finding | the other causes of back pain in pregnancy), from a cited study. */
    specificity: probability.optional(),
    /** The source the figures come from: one of this edge's evidence sources. */
    statsSource: id.optional(),
    weeks: weeksSchema.optional(),
    note: text.optional(),
    evidence: z.array(evidenceSchema).min(1, "every relationship needs at least one source and quote"),
  })
  .refine((r) => r.type !== "PRESENTS_WITH" || r.frequency !== undefined, {
    message: "PRESENTS_WITH needs a frequency (always ... never)",
    path: ["frequency"],
  })
  .refine(
    (r) =>
      r.type === "PRESENTS_WITH" ||
      (r.sensitivity === undefined && r.specificity === undefined && r.statsSource === undefined),
    { message: "sensitivity, specificity and statsSource belong on PRESENTS_WITH only", path: ["type"] },
  )
  .refine(
    (r) => (r.sensitivity === undefined && r.specificity === undefined) === (r.statsSource === undefined),
    {
      message:
        "sensitivity or specificity needs statsSource (the study they come from), and statsSource needs a figure",
      path: ["statsSource"],
    },
  );

/**
 * A condition's prior: its share of the pregnant patients presenting with back or abdominal pain
 * in the setting `graph/README.md` states. `basis` says how the number was derived.
 */
export const priorSchema = z.strictObject({
  condition: id,
  value: probability,
  basis: text,
  evidence: z.array(evidenceSchema).min(1, "a prior needs at least one source"),
});
