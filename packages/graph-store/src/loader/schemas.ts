import {
  EVOKING_STRENGTHS,
  FREQUENCIES,
  MAX_WEEK,
  MIN_WEEK,
  PREVALENCES,
  RELATION_TYPE_NAMES,
  SOURCE_KINDS,
  URGENCIES,
} from "@bpx/domain";
import { z } from "zod";

/** The shape of the curated files under `graph/knowledge/`. Unknown keys are errors (typos). */

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case: lower-case letters, digits and single dashes");
const text = z.string().trim().min(1);
const week = z.number().int().min(MIN_WEEK).max(MAX_WEEK);

/**
 * Evidence is a verbatim `quote` from a source with a text file (checked word for word), or a
 * `statement` summarising a source we hold no text of (a regulator's communication, a guideline),
 * which the product shows as a summary with its citation, never as a quote.
 */
export const evidenceSchema = z
  .strictObject({
    source: id,
    quote: text.max(600).optional(),
    statement: text.max(600).optional(),
  })
  .refine((e) => (e.quote === undefined) !== (e.statement === undefined), {
    message: "evidence needs exactly one of quote (verbatim) or statement (summary of a source without text)",
  });

const weeks = z
  .strictObject({ from: week, to: week })
  .refine((w) => w.from <= w.to, { message: "weeks.from must not be after weeks.to" });

const common = {
  id,
  name: text,
  aliases: z.array(text).default([]),
  summary: text.optional(),
};

export const sourceSchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(SOURCE_KINDS),
  publisher: text.optional(),
  date: text.optional(),
  url: text.optional(),
  /** The file under the seeds folder whose text every quote from this source must appear in. */
  file: text.optional(),
  citation: text.optional(),
});

export const conditionSchema = z.strictObject({
  ...common,
  category: z.enum([
    "kidney",
    "spine",
    "muscle",
    "uterine",
    "ovarian",
    "obstetric",
    "physiological",
    "gastrointestinal",
    "neurological",
    "vascular",
    "systemic",
  ]),
  urgency: z.enum(URGENCIES),
  prevalence: z.enum(PREVALENCES),
  weeks: weeks.optional(),
  evidence: z.array(evidenceSchema).default([]),
});

export const findingSchema = z.strictObject({
  ...common,
  type: z.enum(["symptom", "sign", "lab", "imaging", "history", "characteristic"]),
});

export const diagnosticSchema = z.strictObject({
  ...common,
  modality: z.enum(["lab", "imaging", "examination", "history"]),
});

export const drugSchema = z.strictObject({
  ...common,
  drugClass: text.optional(),
});

export const interventionSchema = z.strictObject({
  ...common,
});

export const safetySchema = z.strictObject({
  /** The drug, diagnostic or intervention the statement is about. */
  subject: id,
  level: z.enum(["ALLOWED", "CAUTION", "AVOID", "CONTRAINDICATED"]),
  /** The gestational window the statement covers; the whole pregnancy when omitted. */
  weeks: weeks.optional(),
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
    weeks: weeks.optional(),
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
    weeks: weeks.optional(),
    note: text.optional(),
    evidence: z.array(evidenceSchema).min(1, "every relationship needs at least one source and quote"),
  })
  .refine((r) => r.type !== "PRESENTS_WITH" || r.frequency !== undefined, {
    message: "PRESENTS_WITH needs a frequency (always ... never)",
    path: ["frequency"],
  });

/** One curated file: any of these sections, each a list. */
export const knowledgeFileSchema = z.strictObject({
  sources: z.array(sourceSchema).default([]),
  conditions: z.array(conditionSchema).default([]),
  findings: z.array(findingSchema).default([]),
  diagnostics: z.array(diagnosticSchema).default([]),
  drugs: z.array(drugSchema).default([]),
  interventions: z.array(interventionSchema).default([]),
  relations: z.array(relationSchema).default([]),
  safety: z.array(safetySchema).default([]),
  redFlags: z.array(redFlagSchema).default([]),
});

export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
