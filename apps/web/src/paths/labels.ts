import { renderAnnotation } from "@bpx/domain";
import { toRelationLabel } from "../graph-kit/elements";
import { toFallbackName } from "../shared/format";
import { parseEdgeId, type StepTarget } from "./connectivity";

/** Node names by id, from whatever the page has loaded; the id's words stand in for names not loaded yet. */
export type NameLookup = ReadonlyMap<string, string>;

/** "Fever", or "Pyelonephritis → presents with → Fever" for a relationship step. */
export function toStepTitle(step: StepTarget, names: NameLookup): string {
  if (step.nodeId) return names.get(step.nodeId) ?? toFallbackName(step.nodeId);
  const edge = step.edgeId ? parseEdgeId(step.edgeId) : null;
  if (!edge) return "Unknown step";
  const name = (id: string) => names.get(id) ?? toFallbackName(id);
  return `${name(edge.source)} → ${toRelationLabel(edge.type)} → ${name(edge.target)}`;
}

/**
 * The HTML of an annotation. The only HTML the paths pages inject comes from here, and
 * renderAnnotation escapes everything the author typed before adding its own few tags.
 */
export function toAnnotationHtml(markdown: string): string {
  return renderAnnotation(markdown);
}

/** The differential page for a step's saved case: `/?present=a,b&absent=c&week=24`. */
export function toCaseHref(c: {
  present: readonly string[];
  absent: readonly string[];
  gestationalWeek: number | null;
}) {
  const params = new URLSearchParams();
  params.set("present", c.present.join(","));
  if (c.absent.length > 0) params.set("absent", c.absent.join(","));
  if (c.gestationalWeek !== null) params.set("week", String(c.gestationalWeek));
  return `/?${params.toString().replaceAll("%2C", ",")}`;
}
