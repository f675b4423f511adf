import { type NodeKind, RELATION_TYPES, type RelationType, toEdgeId } from "@bpx/domain";
import type { EdgeRecord, GraphBundle, NodeRecord, Origin, RedFlagRecord, ValidationIssue } from "./bundle";
import type { ParsedFile } from "./read";
import type { EvidenceInput } from "./schemas";

type NodeSection = "sources" | "conditions" | "findings" | "diagnostics" | "drugs" | "interventions";
type Path = (string | number)[];

const SECTION_KINDS: Record<NodeSection, NodeKind> = {
  sources: "SOURCE",
  conditions: "CONDITION",
  findings: "FINDING",
  diagnostics: "DIAGNOSTIC",
  drugs: "DRUG",
  interventions: "INTERVENTION",
};

/** Drops undefined values: Neo4j and Grafeo store no nulls, and absent is clearer than null. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** Evidence as parallel lists: neither engine stores a list of maps on a node or relationship. */
export function toEvidenceProps(evidence: readonly EvidenceInput[]) {
  return {
    evidenceSources: evidence.map((e) => e.source),
    evidenceQuotes: evidence.map((e) => e.quote ?? e.statement ?? ""),
    evidenceVerbatim: evidence.map((e) => e.quote !== undefined),
  };
}

/** Name and aliases, lower-cased once at load so a search compares without converting every row. */
export function toSearchTerms(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map((term) => term.toLowerCase()))];
}

function toNodeProps(kind: NodeKind, item: Record<string, unknown>): Record<string, unknown> {
  const {
    weeks,
    evidence,
    title,
    kind: sourceKind,
    ...rest
  } = item as Record<string, unknown> & {
    weeks?: { from: number; to: number };
    evidence?: EvidenceInput[];
  };
  return compact({
    ...rest,
    kind,
    name: kind === "SOURCE" ? title : rest.name,
    title: kind === "SOURCE" ? title : undefined,
    aliases: (rest.aliases as string[] | undefined) ?? [],
    searchTerms: toSearchTerms(
      String(kind === "SOURCE" ? title : rest.name),
      (rest.aliases as string[] | undefined) ?? [],
    ),
    sourceKind: kind === "SOURCE" ? sourceKind : undefined,
    weekFrom: weeks?.from,
    weekTo: weeks?.to,
    ...(evidence && evidence.length > 0 ? toEvidenceProps(evidence) : {}),
  });
}

/**
 * Cross-file checks and flattening: unique ids, unique names and aliases per kind, relationship
 * endpoints that exist and have the right kinds, evidence that cites known sources in the right
 * form (quotes only from sources whose text we hold).
 */
export function buildBundle(
  files: readonly ParsedFile[],
  contentHash: string,
): { bundle: GraphBundle; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const nodes = new Map<string, NodeRecord>();
  const aliasOwner = new Map<string, string>();
  const edges = new Map<string, EdgeRecord>();
  const redFlags = new Map<string, RedFlagRecord>();
  const at = (file: ParsedFile, path: Path): Origin => ({ file: file.file, line: file.lineOf(path) });

  for (const parsed of files) {
    for (const [section, kind] of Object.entries(SECTION_KINDS) as [NodeSection, NodeKind][]) {
      parsed.data[section].forEach((item, index) => {
        const origin = at(parsed, [section, index]);
        const existing = nodes.get(item.id);
        if (existing) {
          issues.push({
            ...origin,
            message: `duplicate id "${item.id}" (first at ${existing.origin.file}:${existing.origin.line})`,
          });
          return;
        }
        const props = toNodeProps(kind, item as Record<string, unknown>);
        for (const term of new Set(
          [String(props.name), ...(props.aliases as string[])].map((t) => t.toLowerCase()),
        )) {
          const key = `${kind}:${term}`;
          const owner = aliasOwner.get(key);
          if (owner)
            issues.push({
              ...origin,
              message: `"${term}" names both "${owner}" and "${item.id}" (${kind.toLowerCase()})`,
            });
          else aliasOwner.set(key, item.id);
        }
        nodes.set(item.id, { id: item.id, kind, props, origin });
      });
    }
  }

  const checkRef = (ref: string, allowed: readonly NodeKind[], origin: Origin, what: string): boolean => {
    const node = nodes.get(ref);
    if (!node) issues.push({ ...origin, message: `${what} refers to unknown id "${ref}"` });
    else if (!allowed.includes(node.kind)) {
      issues.push({
        ...origin,
        message: `${what} must be ${allowed.join(" or ")}, but "${ref}" is ${node.kind}`,
      });
    }
    return node !== undefined && allowed.includes(node.kind);
  };
  const checkEvidence = (evidence: readonly EvidenceInput[], file: ParsedFile, path: Path) => {
    evidence.forEach((e, i) => {
      const origin = at(file, [...path, "evidence", i]);
      if (!checkRef(e.source, ["SOURCE"], origin, "evidence.source")) return;
      const hasText = nodes.get(e.source)?.props.file !== undefined;
      if (e.quote !== undefined && !hasText) {
        issues.push({
          ...origin,
          message: `"${e.source}" has no text file to check a quote against: use statement, not quote`,
        });
      }
      if (e.statement !== undefined && hasText) {
        issues.push({
          ...origin,
          message: `"${e.source}" has a text file: quote it verbatim (quote), do not summarise (statement)`,
        });
      }
    });
  };
  const addEdge = (record: EdgeRecord) => {
    const existing = edges.get(record.props.id);
    if (existing) {
      issues.push({
        ...record.origin,
        message: `duplicate relationship ${record.props.id} (first at ${existing.origin.file}:${existing.origin.line})`,
      });
    } else edges.set(record.props.id, record);
  };

  for (const parsed of files) {
    const d = parsed.data;
    for (const [section, kind] of Object.entries(SECTION_KINDS) as [NodeSection, NodeKind][]) {
      d[section].forEach((item, index) => {
        if (kind !== "SOURCE" && "evidence" in item) checkEvidence(item.evidence, parsed, [section, index]);
      });
    }
    d.relations.forEach((item, index) => {
      const path = ["relations", index];
      const type = item.type as RelationType;
      const rule = RELATION_TYPES[type];
      const fromOk = checkRef(item.from, rule.from, at(parsed, [...path, "from"]), `${type}.from`);
      const toOk = checkRef(item.to, rule.to, at(parsed, [...path, "to"]), `${type}.to`);
      checkEvidence(item.evidence, parsed, path);
      if (!fromOk || !toOk) return;
      const { type: _t, from, to, evidence, weeks, ...rest } = item;
      const id = toEdgeId(type, from, to);
      addEdge({
        type,
        from,
        to,
        origin: at(parsed, path),
        props: {
          ...compact({ ...rest, weekFrom: weeks?.from, weekTo: weeks?.to }),
          id,
          ...toEvidenceProps(evidence),
        },
      });
    });
    d.safety.forEach((item, index) => {
      const path = ["safety", index];
      const ok = checkRef(
        item.subject,
        RELATION_TYPES.HAS_SAFETY.from,
        at(parsed, [...path, "subject"]),
        "safety.subject",
      );
      checkEvidence(item.evidence, parsed, path);
      const source = item.evidence[0]?.source;
      if (!ok || !source || nodes.get(source)?.kind !== "SOURCE") return;
      const from = item.weeks?.from ?? 1;
      const to = item.weeks?.to ?? 42;
      addEdge({
        type: "HAS_SAFETY",
        from: item.subject,
        to: source,
        origin: at(parsed, path),
        props: {
          ...compact({ level: item.level, note: item.note, weekFrom: from, weekTo: to }),
          id: `${toEdgeId("HAS_SAFETY", item.subject, source)}@${from}-${to}`,
          ...toEvidenceProps(item.evidence),
        },
      });
    });
    d.redFlags.forEach((item, index) => {
      const path = ["redFlags", index];
      const origin = at(parsed, path);
      if (redFlags.has(item.id) || nodes.has(item.id)) {
        issues.push({ ...origin, message: `duplicate id "${item.id}"` });
        return;
      }
      const refs = [
        ["whenAll", item.whenAll, "FINDING"],
        ["whenAny", item.whenAny, "FINDING"],
        ["suggests", item.suggests, "CONDITION"],
      ] as const;
      for (const [field, ids, kind] of refs) {
        ids.forEach((ref, i) => {
          checkRef(ref, [kind], at(parsed, [...path, field, i]), `redFlags.${field}`);
        });
      }
      checkEvidence(item.evidence, parsed, path);
      const { weeks, evidence, ...rest } = item;
      redFlags.set(item.id, {
        id: item.id,
        origin,
        props: {
          ...compact({ ...rest, weekFrom: weeks?.from, weekTo: weeks?.to }),
          ...toEvidenceProps(evidence),
        },
      });
    });
  }

  return {
    bundle: {
      nodes: [...nodes.values()],
      edges: [...edges.values()],
      redFlags: [...redFlags.values()],
      contentHash,
    },
    issues,
  };
}
