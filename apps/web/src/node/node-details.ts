import type { GraphNode } from "../api/types";

export interface DetailRow {
  label: string;
  value: string;
  /** Set when the value is a link (a source's URL). */
  href?: string;
}

function toWeeks(from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return `${from}–${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `up to ${to}`;
  return null;
}

/** The kind-specific fields of a node, in reading order, leaving out the empty ones. */
export function toDetailRows(node: GraphNode): DetailRow[] {
  const rows: [string, string | null][] = [];
  switch (node.kind) {
    case "CONDITION":
      rows.push(
        ["Category", node.category],
        ["Urgency", node.urgency],
        ["Prevalence", node.prevalence],
        ["Typical weeks", toWeeks(node.weekFrom, node.weekTo)],
      );
      break;
    case "FINDING":
      rows.push(["Type", node.findingType]);
      break;
    case "DIAGNOSTIC":
      rows.push(["Modality", node.modality]);
      break;
    case "DRUG":
      rows.push(["Class", node.drugClass]);
      break;
    case "INTERVENTION":
      break;
    case "SOURCE":
      rows.push(
        ["Title", node.title],
        ["Source kind", node.sourceKind],
        ["Publisher", node.publisher],
        ["Date", node.date],
        ["Citation", node.citation],
      );
      if (node.url) return [...toRows(rows), { label: "Link", value: node.url, href: node.url }];
      break;
  }
  return toRows(rows);
}

function toRows(rows: [string, string | null][]): DetailRow[] {
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** The node's summary, for the kinds that have one. */
export function toSummary(node: GraphNode): string | null {
  return node.kind === "SOURCE" ? null : node.summary;
}
