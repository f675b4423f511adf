import { type NodeKind, RELATION_TYPES, type RelationType, toEdgeId } from "@bpx/domain";
import type { EdgeRecord, GraphBundle, NodeRecord, RedFlagRecord, ValidationIssue } from "./bundle";
import { checkFormerIds, checkPresentsWithStats, checkPriors, checkSafetyWindows } from "./checks";
import { createContext } from "./context";
import { compact, toEvidenceProps, toNodeProps } from "./props";
import type { ParsedFile } from "./read";

type NodeSection = "sources" | "conditions" | "findings" | "diagnostics" | "drugs" | "interventions";

const SECTION_KINDS: Record<NodeSection, NodeKind> = {
  sources: "SOURCE",
  conditions: "CONDITION",
  findings: "FINDING",
  diagnostics: "DIAGNOSTIC",
  drugs: "DRUG",
  interventions: "INTERVENTION",
};

function collectNodes(files: readonly ParsedFile[], issues: ValidationIssue[]): Map<string, NodeRecord> {
  const nodes = new Map<string, NodeRecord>();
  const nameOwner = new Map<string, string>();
  for (const parsed of files) {
    for (const [section, kind] of Object.entries(SECTION_KINDS) as [NodeSection, NodeKind][]) {
      parsed.data[section].forEach((item, index) => {
        const origin = { file: parsed.file, line: parsed.lineOf([section, index]) };
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
          const owner = nameOwner.get(key);
          if (owner)
            issues.push({
              ...origin,
              message: `"${term}" names both "${owner}" and "${item.id}" (${kind.toLowerCase()})`,
            });
          else nameOwner.set(key, item.id);
        }
        nodes.set(item.id, { id: item.id, kind, props, origin });
      });
    }
  }
  return nodes;
}

/**
 * Cross-file checks and flattening: unique ids, unique names and aliases per kind, relationship
 * endpoints that exist and have the right kinds, evidence that cites known sources in the right
 * form (quotes only from sources whose text we hold), rule-outs, priors, merged ids, safety
 * windows and study figures (see `checks.ts`).
 */
export function buildBundle(
  files: readonly ParsedFile[],
  contentHash: string,
): { bundle: GraphBundle; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const nodes = collectNodes(files, issues);
  const edges = new Map<string, EdgeRecord>();
  const redFlags = new Map<string, RedFlagRecord>();
  const ctx = createContext(nodes, issues);
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
    const at = (path: (string | number)[]) => ctx.at(parsed, path);
    for (const [section, kind] of Object.entries(SECTION_KINDS) as [NodeSection, NodeKind][]) {
      d[section].forEach((item, index) => {
        if (kind !== "SOURCE" && "evidence" in item)
          ctx.checkEvidence(item.evidence, parsed, [section, index]);
      });
    }
    d.conditions.forEach((item, index) => {
      if (!item.ruleOut) return;
      const path = ["conditions", index, "ruleOut"];
      item.ruleOut.diagnostics.forEach((ref, i) => {
        ctx.checkRef(ref, ["DIAGNOSTIC"], at([...path, "diagnostics", i]), "ruleOut.diagnostics");
      });
      item.ruleOut.findings.forEach((ref, i) => {
        ctx.checkRef(ref, ["FINDING"], at([...path, "findings", i]), "ruleOut.findings");
      });
      ctx.checkEvidence(item.ruleOut.evidence, parsed, path);
    });
    d.relations.forEach((item, index) => {
      const path = ["relations", index];
      const type = item.type as RelationType;
      const rule = RELATION_TYPES[type];
      const fromOk = ctx.checkRef(item.from, rule.from, at([...path, "from"]), `${type}.from`);
      const toOk = ctx.checkRef(item.to, rule.to, at([...path, "to"]), `${type}.to`);
      ctx.checkEvidence(item.evidence, parsed, path);
      checkPresentsWithStats(item, at([...path, "statsSource"]), nodes, issues);
      if (!fromOk || !toOk) return;
      const { type: _t, from, to, evidence, weeks, ...rest } = item;
      addEdge({
        type,
        from,
        to,
        origin: at(path),
        props: {
          ...compact({ ...rest, weekFrom: weeks?.from, weekTo: weeks?.to }),
          id: toEdgeId(type, from, to),
          ...toEvidenceProps(evidence),
        } as EdgeRecord["props"],
      });
    });
    d.safety.forEach((item, index) => {
      const path = ["safety", index];
      const ok = ctx.checkRef(
        item.subject,
        RELATION_TYPES.HAS_SAFETY.from,
        at([...path, "subject"]),
        "safety.subject",
      );
      ctx.checkEvidence(item.evidence, parsed, path);
      const source = item.evidence[0]?.source;
      if (!ok || !source || nodes.get(source)?.kind !== "SOURCE") return;
      const from = item.weeks?.from ?? 1;
      const to = item.weeks?.to ?? 42;
      addEdge({
        type: "HAS_SAFETY",
        from: item.subject,
        to: source,
        origin: at(path),
        props: {
          ...compact({ level: item.level, note: item.note, weekFrom: from, weekTo: to }),
          id: `${toEdgeId("HAS_SAFETY", item.subject, source)}@${from}-${to}`,
          ...toEvidenceProps(item.evidence),
        } as EdgeRecord["props"],
      });
    });
    d.redFlags.forEach((item, index) => {
      const path = ["redFlags", index];
      const origin = at(path);
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
          ctx.checkRef(ref, [kind], at([...path, field, i]), `redFlags.${field}`);
        });
      }
      ctx.checkEvidence(item.evidence, parsed, path);
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
  checkPriors(files, ctx);
  checkFormerIds(nodes, redFlags, issues);
  checkSafetyWindows([...edges.values()], issues);

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
