import type { NodeKind, RelationType } from "@bpx/domain";
import type { EdgeRecord, GraphBundle, NodeRecord } from "@bpx/graph-store";

/**
 * A synthetic graph of Hetionet's size (about 50k nodes and 2M relationships) in this project's
 * model, for benchmarks. Deterministic: the same seed gives the same graph.
 */
export interface GeneratorOptions {
  seed?: number;
  conditions?: number;
  findings?: number;
  diagnostics?: number;
  drugs?: number;
  interventions?: number;
  /** Relationships per node of the `from` kind, by type. */
  perNode?: Partial<Record<RelationType, number>>;
}

/**
 * Hetionet (47k nodes, 2.25M edges) has about 25 symptoms and 5 treating compounds per disease;
 * the bulk of its edges join genes, anatomy and pathways, which a symptom-based differential never
 * reads. This profile keeps those per-condition degrees for the relationships the differential
 * reads (PRESENTS_WITH, EVALUATES, TREATS, RELIEVES, HAS_SAFETY, BELONGS_TO_CLASS) and puts the
 * bulk in the ones it does not (RISK_FACTOR_FOR, MAY_LEAD_TO, DETECTS, ALTERNATIVE_TO).
 */
export const HETIONET_SIZE: Required<Omit<GeneratorOptions, "seed">> = {
  conditions: 5_000,
  findings: 20_000,
  diagnostics: 5_000,
  drugs: 15_000,
  interventions: 5_000,
  perNode: {
    PRESENTS_WITH: 25, // x 5k conditions = 125k; ~6 conditions per finding
    EVALUATES: 4, // x 5k diagnostics = 20k; ~4 tests per condition
    TREATS: 2, // x 15k drugs = 30k; ~6 drugs per condition
    RELIEVES: 2, // x 5k interventions = 10k
    BELONGS_TO_CLASS: 1, // x 15k drugs = 15k
    HAS_SAFETY: 3, // x 25k subjects = 75k
    RISK_FACTOR_FOR: 55, // x 20k findings = 1.1M
    MAY_LEAD_TO: 40, // x 5k conditions = 200k
    DETECTS: 40, // x 5k diagnostics = 200k
    ALTERNATIVE_TO: 15, // x 15k drugs = 225k
  },
};

/** A stress profile: the same size with every condition ten times as connected as in Hetionet. */
export const DENSE: Required<Omit<GeneratorOptions, "seed">> = {
  ...HETIONET_SIZE,
  perNode: {
    PRESENTS_WITH: 60,
    EVALUATES: 30,
    TREATS: 40,
    RELIEVES: 40,
    BELONGS_TO_CLASS: 1,
    HAS_SAFETY: 3,
    RISK_FACTOR_FOR: 20,
    MAY_LEAD_TO: 20,
    DETECTS: 30,
    ALTERNATIVE_TO: 0,
  },
};

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FREQ = ["always", "usually", "often", "sometimes", "rarely", "never"] as const;
const EVOKE = ["weak", "moderate", "strong"] as const;
const PREV = ["very-common", "common", "uncommon", "rare", "very-rare"] as const;
const URG = ["routine", "soon", "urgent", "emergency"] as const;
const LEVEL = ["ALLOWED", "CAUTION", "AVOID", "CONTRAINDICATED"] as const;

export function generateGraph(options: GeneratorOptions = {}): GraphBundle {
  const o = { ...HETIONET_SIZE, ...options, perNode: { ...(options.perNode ?? HETIONET_SIZE.perNode) } };
  const rand = mulberry32(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const origin = { file: "generated", line: 0 };
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const pools: Record<string, string[]> = {
    CONDITION: ids("c", o.conditions),
    FINDING: ids("f", o.findings),
    DIAGNOSTIC: ids("d", o.diagnostics),
    DRUG: ids("m", o.drugs),
    INTERVENTION: ids("i", o.interventions),
    SOURCE: ["gen-source"],
  };
  const nodes: NodeRecord[] = [];
  for (const [kind, list] of Object.entries(pools) as [NodeKind, string[]][]) {
    for (const id of list) {
      const props: Record<string, unknown> = {
        id,
        kind,
        name: `${kind.toLowerCase()} ${id}`,
        aliases: [`alias ${id}`],
        searchTerms: [`${kind.toLowerCase()} ${id}`, `alias ${id}`],
      };
      if (kind === "CONDITION")
        Object.assign(props, { category: "systemic", urgency: pick(URG), prevalence: pick(PREV) });
      if (kind === "FINDING") props.type = "symptom";
      if (kind === "DIAGNOSTIC") props.modality = "lab";
      if (kind === "SOURCE")
        Object.assign(props, { title: "Generated source", sourceKind: "consumer-article" });
      nodes.push({ id, kind, props, origin });
    }
  }
  const plan: [RelationType, string[], string[]][] = [
    ["PRESENTS_WITH", pools.CONDITION ?? [], pools.FINDING ?? []],
    ["RISK_FACTOR_FOR", pools.FINDING ?? [], pools.CONDITION ?? []],
    ["EVALUATES", pools.DIAGNOSTIC ?? [], pools.CONDITION ?? []],
    ["DETECTS", pools.DIAGNOSTIC ?? [], pools.FINDING ?? []],
    ["TREATS", pools.DRUG ?? [], pools.CONDITION ?? []],
    ["RELIEVES", pools.INTERVENTION ?? [], pools.CONDITION ?? []],
    ["MAY_LEAD_TO", pools.CONDITION ?? [], pools.CONDITION ?? []],
    ["BELONGS_TO_CLASS", pools.DRUG ?? [], pools.DRUG ?? []],
    ["ALTERNATIVE_TO", pools.DRUG ?? [], pools.DRUG ?? []],
  ];
  const edges: EdgeRecord[] = [];
  const evidence = {
    evidenceSources: ["gen-source"],
    evidenceQuotes: ["generated"],
    evidenceVerbatim: [true],
  };
  for (const [type, froms, tos] of plan) {
    const k = o.perNode[type] ?? 0;
    for (const from of froms) {
      const seen = new Set<string>();
      while (seen.size < Math.min(k, tos.length - 1)) {
        const to = pick(tos);
        if (to === from || seen.has(to)) continue;
        seen.add(to);
        const props: EdgeRecord["props"] = { id: `${type}:${from}->${to}`, ...evidence };
        if (type === "PRESENTS_WITH") Object.assign(props, { frequency: pick(FREQ), evoking: pick(EVOKE) });
        edges.push({ type, from, to, props, origin });
      }
    }
  }
  for (const subject of [...(pools.DIAGNOSTIC ?? []), ...(pools.DRUG ?? []), ...(pools.INTERVENTION ?? [])]) {
    for (let s = 0; s < (o.perNode.HAS_SAFETY ?? 0); s++) {
      const from = 1 + s * 14;
      const props: EdgeRecord["props"] = {
        id: `HAS_SAFETY:${subject}->gen-source@${from}-${from + 13}`,
        level: pick(LEVEL),
        weekFrom: from,
        weekTo: Math.min(from + 13, 42),
        ...evidence,
      };
      edges.push({ type: "HAS_SAFETY", from: subject, to: "gen-source", props, origin });
    }
  }
  return { nodes, edges, redFlags: [], contentHash: `generated-${options.seed ?? 42}` };
}
