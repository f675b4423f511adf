import { PREVALENCES, SOURCE_KINDS, URGENCIES } from "@bpx/domain";
import { z } from "zod";
import { evidenceSchema, id, label, text, weeksSchema } from "./schemas-base";
import { priorSchema, redFlagSchema, relationSchema, safetySchema } from "./schemas-rules";

/** The shape of the curated files under `graph/knowledge/`. Unknown keys are errors (typos). */

const common = {
  id,
  name: text,
  aliases: z.array(text).default([]),
  summary: text.optional(),
  /** Ids merged into this node; lookups of a former id resolve here. */
  formerIds: z.array(id).default([]),
};

/**
 * A document the graph cites. Anything but a consumer article must say who issued it (`body`),
 * which document it is and when, so a reader can find it; `number` and `section` when it has them.
 */
export const sourceSchema = z
  .strictObject({
    id,
    title: text,
    kind: z.enum(SOURCE_KINDS),
    body: text.optional(),
    document: text.optional(),
    number: label.optional(),
    date: label.optional(),
    section: text.optional(),
    publisher: text.optional(),
    url: text.optional(),
    /** The file under the seeds folder whose text every quote from this source must appear in. */
    file: text.optional(),
    citation: text.optional(),
    formerIds: z.array(id).default([]),
  })
  .superRefine((s, ctx) => {
    if (s.kind === "consumer-article") return;
    for (const field of ["body", "document", "date"] as const) {
      if (s[field] === undefined)
        ctx.addIssue({ code: "custom", path: [field], message: `a ${s.kind} source needs ${field}` });
    }
  });

/** What would rule a condition out: a cited summary with the tests and findings that do it. */
export const ruleOutSchema = z.strictObject({
  text,
  diagnostics: z.array(id).default([]),
  findings: z.array(id).default([]),
  evidence: z.array(evidenceSchema).min(1, "a rule-out needs at least one source"),
});

export const conditionSchema = z
  .strictObject({
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
    weeks: weeksSchema.optional(),
    ruleOut: ruleOutSchema.optional(),
    evidence: z.array(evidenceSchema).default([]),
  })
  .refine((c) => c.urgency !== "emergency" || c.ruleOut !== undefined, {
    message: "an emergency condition needs ruleOut (what would rule it out, cited)",
    path: ["urgency"],
  });

export const findingSchema = z.strictObject({
  ...common,
  /** What a patient would call it, when the clinical name is not that. */
  layName: text.optional(),
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
  priors: z.array(priorSchema).default([]),
});

export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type PriorInput = z.infer<typeof priorSchema>;
export type RuleOutInput = z.infer<typeof ruleOutSchema>;
