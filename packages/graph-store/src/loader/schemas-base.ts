import { MAX_WEEK, MIN_WEEK } from "@bpx/domain";
import { z } from "zod";

/** Building blocks shared by the node and rule schemas. */

export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case: lower-case letters, digits and single dashes");
export const text = z.string().trim().min(1);
const week = z.number().int().min(MIN_WEEK).max(MAX_WEEK);
/** Document numbers and dates may be written bare in YAML (723, 2019); they are stored as text. */
export const label = z.union([text, z.number()]).transform(String);

/**
 * Evidence is a verbatim `quote` from a source with a text file (checked word for word), or a
 * `statement` summarising a source we hold no text of (a regulator's communication, a guideline),
 * which the product shows as a summary with its citation, never as a quote. `section` says where
 * in the source the claim is (a recommendation, a table, a label section).
 */
export const evidenceSchema = z
  .strictObject({
    source: id,
    quote: text.max(600).optional(),
    statement: text.max(600).optional(),
    section: text.optional(),
  })
  .refine((e) => (e.quote === undefined) !== (e.statement === undefined), {
    message: "evidence needs exactly one of quote (verbatim) or statement (summary of a source without text)",
  });

export const weeksSchema = z
  .strictObject({ from: week, to: week })
  .refine((w) => w.from <= w.to, { message: "weeks.from must not be after weeks.to" });
