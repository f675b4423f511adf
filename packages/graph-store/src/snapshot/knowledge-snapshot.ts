import {
  type ConditionFacts,
  type DiagnosticFacts,
  type Evidence,
  type FindingLink,
  type GraphNode,
  type PriorGroup,
  type RedFlagRule,
  type SafetyStatement,
  type SourceRank,
  type TreatmentLink,
  toSourceRank,
} from "@bpx/domain";
import type { FollowUpKnowledge } from "../differential";
import { toSafetyStatement } from "../differential";
import { type RankingKnowledge, toConditionFacts, toLink, toPriorGroup } from "../differential-ranking";
import { toEvidence, toGraphNode, toRedFlag } from "../mapping";
import { GET_RED_FLAGS } from "../queries";
import { DIFF_PRIOR_MASS } from "../queries-differential";
import { type CypherRunner, eachRow, type Row } from "../runner";
import {
  SNAPSHOT_ALTERNATIVES,
  SNAPSHOT_CLASS_LINKS,
  SNAPSHOT_CONDITIONS,
  SNAPSHOT_DETECTS,
  SNAPSHOT_DIAGNOSTICS,
  SNAPSHOT_EVALUATES,
  SNAPSHOT_LINKS,
  SNAPSHOT_NODES,
  SNAPSHOT_SAFETY,
  SNAPSHOT_SOURCE_KINDS,
  SNAPSHOT_TREATMENTS,
} from "./queries-snapshot";

type Props = Record<string, unknown>;
const evidenceOf = (p: Props) =>
  toEvidence(p.evidenceSources, p.evidenceQuotes, p.evidenceVerbatim, p.evidenceSections);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How deep DRUG_CLASSES follows BELONGS_TO_CLASS (ibuprofen gel -> ibuprofen -> NSAIDs). */
const CLASS_DEPTH = 3;

interface Diagnostic {
  id: string;
  name: string;
  modality: string;
  /** Its EVALUATES links by condition, in the order the store returned them. */
  evaluates: readonly { conditionId: string; evidence: Evidence[] }[];
}

interface Treatment {
  link: TreatmentLink;
  subjectName: string;
}

/** How much the snapshot holds, for logs and `pnpm bench`. */
export interface SnapshotStats {
  nodes: number;
  conditions: number;
  links: number;
  diagnostics: number;
  treatments: number;
  safetyStatements: number;
  redFlags: number;
  /** Milliseconds to read the store and build the snapshot. */
  buildMs: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Replaces every string in a row (through its objects and arrays, in place) by the first equal
 * string seen: each driver row brings fresh copies of the same ids, names and quotes. The table
 * lives only for one build.
 */
function createInterner() {
  const seen = new Map<string, string>();
  const intern = (value: unknown): unknown => {
    if (typeof value === "string") {
      const known = seen.get(value);
      if (known !== undefined) return known;
      seen.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = intern(value[i]);
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = intern(record[key]);
    }
    return value;
  };
  return intern;
}

/** Freezes a value and everything it holds, so no request can change what another one reads. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
  } else {
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return Object.freeze(value);
}

/** Every class a drug belongs to, up to CLASS_DEPTH links away, as DRUG_CLASSES collects them. */
function classClosures(direct: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const closures = new Map<string, string[]>();
  for (const drugId of direct.keys()) {
    const reached = new Set<string>();
    let frontier = [drugId];
    for (let depth = 0; depth < CLASS_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const classId of direct.get(id) ?? []) {
          if (!reached.has(classId)) next.push(classId);
          reached.add(classId);
        }
      }
      frontier = next;
    }
    if (reached.size > 0) closures.set(drugId, [...reached]);
  }
  return closures;
}

/**
 * Everything a differential reads, in memory, for one load of the graph: built from the store
 * with a fixed number of bulk queries, then frozen. It answers `rankingKnowledge`,
 * `followUpKnowledge` and `safety` with exactly what the per-request queries return (the same
 * facts in the same order), so the engine's answers do not change; only the round trips go.
 */
export async function buildKnowledgeSnapshot(
  runner: CypherRunner,
  stamp: string,
  { afterRead }: { afterRead?: (() => void) | undefined } = {},
) {
  const started = performance.now();
  // Rows are streamed (never a whole result in memory) and their strings interned: an id, a name
  // or a quote read on thousands of links is kept once, however many rows carried a copy.
  const intern = createInterner();
  const read = async (query: string, onRow: (row: Row) => void) => {
    await eachRow(runner, query, {}, (row) => onRow(intern(row) as Row));
    afterRead?.();
  };
  const redFlags: RedFlagRule[] = (await runner.run(GET_RED_FLAGS)).map((row) => toRedFlag(row.flag));
  const priorMass: PriorGroup[] = (await runner.run(DIFF_PRIOR_MASS)).map(toPriorGroup);

  const conditions = new Map<string, ConditionFacts>();
  await read(SNAPSHOT_CONDITIONS, (row) => {
    const facts = toConditionFacts(row);
    conditions.set(facts.id, facts);
  });

  const ranks = new Map<string, SourceRank>();
  await read(SNAPSHOT_SOURCE_KINDS, (row) => {
    ranks.set(String(row.id), toSourceRank(row.sourceKind));
  });
  const linksByCondition = new Map<string, { link: FindingLink; findingName: string }[]>();
  const conditionsByFinding = new Map<string, string[]>();
  let linkCount = 0;
  await read(SNAPSHOT_LINKS, (row) => {
    const link = toLink(row, ranks);
    push(linksByCondition, link.conditionId, { link, findingName: String(row.findingName) });
    push(conditionsByFinding, link.findingId, link.conditionId);
    linkCount++;
  });

  const diagnostics = new Map<string, Diagnostic>();
  await read(SNAPSHOT_DIAGNOSTICS, (row) => {
    const node = toGraphNode(row.diagnostic);
    diagnostics.set(node.id, {
      id: node.id,
      name: node.name,
      modality: String(node.props.modality ?? ""),
      evaluates: [],
    });
  });
  const diagnosticsByCondition = new Map<string, string[]>();
  await read(SNAPSHOT_EVALUATES, (row) => {
    const diagnostic = diagnostics.get(String(row.diagnosticId));
    if (!diagnostic) return;
    const conditionId = String(row.conditionId);
    (diagnostic.evaluates as Diagnostic["evaluates"][number][]).push({
      conditionId,
      evidence: evidenceOf((row.props ?? {}) as Props),
    });
    push(diagnosticsByCondition, conditionId, diagnostic.id);
  });
  const listsById = async (query: string, key: string) => {
    const lists = new Map<string, string[]>();
    await read(query, (row) => {
      lists.set(String(row.id), (row[key] as unknown[]).map(String));
    });
    return lists;
  };
  const detects = await listsById(SNAPSHOT_DETECTS, "detects");
  const alternatives = await listsById(SNAPSHOT_ALTERNATIVES, "alternatives");

  const treatmentsByCondition = new Map<string, Treatment[]>();
  let treatmentCount = 0;
  await read(SNAPSHOT_TREATMENTS, (row) => {
    const link: TreatmentLink = {
      subjectId: String(row.subjectId),
      subjectKind: row.subjectKind === "DRUG" ? "DRUG" : "INTERVENTION",
      conditionId: String(row.conditionId),
      type: row.type as TreatmentLink["type"],
      evidence: evidenceOf((row.props ?? {}) as Props),
    };
    push(treatmentsByCondition, link.conditionId, { link, subjectName: String(row.subjectName) });
    treatmentCount++;
  });

  const directClasses = new Map<string, string[]>();
  await read(SNAPSHOT_CLASS_LINKS, (row) => {
    push(directClasses, String(row.drugId), String(row.classId));
  });
  const drugClasses = classClosures(directClasses);

  const safetyBySubject = new Map<string, SafetyStatement[]>();
  let safetyCount = 0;
  await read(SNAPSHOT_SAFETY, (row) => {
    const statement = toSafetyStatement(row);
    if (!statement) return;
    push(safetyBySubject, statement.subjectId, statement);
    safetyCount++;
  });

  const nodes = new Map<string, GraphNode>();
  const formerIds = new Map<string, GraphNode>();
  await read(SNAPSHOT_NODES, (row) => {
    const node = toGraphNode(row.node);
    nodes.set(node.id, node);
    const former = Array.isArray(node.props.formerIds) ? node.props.formerIds.map(String) : [];
    for (const id of former) formerIds.set(id, node);
  });

  const stats: SnapshotStats = {
    nodes: nodes.size,
    conditions: conditions.size,
    links: linkCount,
    diagnostics: diagnostics.size,
    treatments: treatmentCount,
    safetyStatements: safetyCount,
    redFlags: redFlags.length,
    buildMs: performance.now() - started,
  };
  return Object.freeze(
    createSnapshotReads({
      stamp,
      stats,
      redFlags,
      priorMass,
      conditions,
      linksByCondition,
      conditionsByFinding,
      diagnostics,
      diagnosticsByCondition,
      detects,
      alternatives,
      treatmentsByCondition,
      drugClasses,
      safetyBySubject,
      nodes,
      formerIds,
    }),
  );
}

interface SnapshotData {
  stamp: string;
  stats: SnapshotStats;
  redFlags: RedFlagRule[];
  priorMass: PriorGroup[];
  conditions: Map<string, ConditionFacts>;
  linksByCondition: Map<string, { link: FindingLink; findingName: string }[]>;
  conditionsByFinding: Map<string, string[]>;
  diagnostics: Map<string, Diagnostic>;
  diagnosticsByCondition: Map<string, string[]>;
  detects: Map<string, string[]>;
  alternatives: Map<string, string[]>;
  treatmentsByCondition: Map<string, Treatment[]>;
  drugClasses: Map<string, string[]>;
  safetyBySubject: Map<string, SafetyStatement[]>;
  nodes: Map<string, GraphNode>;
  /** Nodes by an id they absorbed in a merge (renal colic into urolithiasis). */
  formerIds: Map<string, GraphNode>;
}

/** The reads a differential makes, answered from the snapshot's maps. */
function createSnapshotReads(data: SnapshotData) {
  deepFreeze(data);
  // Worked out once for `ranking`: per finding, the conditions of the rules it triggers (what
  // `toSuggested` collects); per condition, its links and each linked finding's name once.
  const suggestsByFinding = new Map<string, Set<string>>();
  for (const rule of data.redFlags) {
    for (const findingId of [...rule.whenAll, ...rule.whenAny]) {
      const suggests = suggestsByFinding.get(findingId) ?? new Set<string>();
      suggestsByFinding.set(findingId, suggests);
      for (const id of rule.suggests) suggests.add(id);
    }
  }
  const rankingByCondition = new Map<string, { links: FindingLink[]; findingNames: [string, string][] }>();
  for (const [conditionId, entries] of data.linksByCondition) {
    const findingNames = new Map<string, string>();
    for (const { link, findingName } of entries) findingNames.set(link.findingId, findingName);
    rankingByCondition.set(conditionId, {
      links: entries.map((e) => e.link),
      findingNames: [...findingNames],
    });
  }
  /** Safety statements of the subjects and their classes, as `readSafety` returns them. */
  function safety(subjectIds: readonly string[]) {
    if (subjectIds.length === 0) return { safety: [] as SafetyStatement[], drugClasses: {} };
    const drugClasses: Record<string, string[]> = {};
    for (const id of [...new Set(subjectIds)].sort(compareStrings)) {
      const classes = data.drugClasses.get(id);
      if (classes) drugClasses[id] = [...classes];
    }
    const ids = new Set([...subjectIds, ...Object.values(drugClasses).flat()]);
    const statements = [...ids].sort(compareStrings).flatMap((id) => data.safetyBySubject.get(id) ?? []);
    return { safety: statements, drugClasses };
  }

  return {
    /** The graph's load stamp (content hash @ load time) this snapshot was built from. */
    stamp: data.stamp,
    stats: data.stats,

    redFlags: (): RedFlagRule[] => [...data.redFlags],

    /** What `readRankingKnowledge` returns for these findings, with no store round trip. */
    ranking(findingIds: readonly string[]): RankingKnowledge {
      const ids = new Set<string>();
      for (const findingId of findingIds)
        for (const id of data.conditionsByFinding.get(findingId) ?? []) ids.add(id);
      // The conditions `toSuggested` would name, from the index above.
      for (const findingId of findingIds)
        for (const id of suggestsByFinding.get(findingId) ?? []) if (data.conditions.has(id)) ids.add(id);
      const conditions = [...ids].sort(compareStrings).map((id) => data.conditions.get(id) as ConditionFacts);
      const names: Record<string, string> = {};
      for (const condition of conditions) names[condition.id] = condition.name;
      const links: FindingLink[] = [];
      for (const condition of conditions) {
        const known = rankingByCondition.get(condition.id);
        if (!known) continue;
        for (const link of known.links) links.push(link);
        for (const [findingId, name] of known.findingNames) names[findingId] = name;
      }
      return { conditions, priorMass: [...data.priorMass], links, names, redFlags: [...data.redFlags] };
    },

    /** What `readFollowUpKnowledge` returns for these leaders, with no store round trip. */
    followUp(conditionIds: readonly string[]): FollowUpKnowledge {
      const leaders = new Set(conditionIds);
      const names: Record<string, string> = {};
      const diagnosticIds = new Set<string>();
      for (const id of leaders)
        for (const d of data.diagnosticsByCondition.get(id) ?? []) diagnosticIds.add(d);
      const diagnostics: DiagnosticFacts[] = [...diagnosticIds].sort(compareStrings).map((id) => {
        const d = data.diagnostics.get(id) as Diagnostic;
        names[d.id] = d.name;
        return {
          id: d.id,
          name: d.name,
          modality: d.modality,
          evaluates: d.evaluates.filter((e) => leaders.has(e.conditionId)),
          detects: [...(data.detects.get(d.id) ?? [])],
          alternatives: [...(data.alternatives.get(d.id) ?? [])],
        };
      });
      const rows = [...leaders].flatMap((id) => data.treatmentsByCondition.get(id) ?? []);
      // DIFF_TREATMENTS' order: by subject, then condition (a stable sort keeps the store's ties).
      rows.sort(
        (a, b) =>
          compareStrings(a.link.subjectId, b.link.subjectId) ||
          compareStrings(a.link.conditionId, b.link.conditionId),
      );
      const treatments = rows.map(({ link, subjectName }) => {
        names[link.subjectId] = subjectName;
        return link;
      });
      const subjects = [
        ...new Set([
          ...diagnostics.flatMap((d) => [d.id, ...d.alternatives]),
          ...treatments.map((t) => t.subjectId),
        ]),
      ];
      return { diagnostics, treatments, ...safety(subjects), names };
    },

    safety,

    /**
     * Nodes by id, in the order asked, as `store.getNodes` returns them: an id merged into
     * another node resolves to that node; unknown ids are skipped.
     */
    nodes(ids: readonly string[]): GraphNode[] {
      return ids.flatMap((id) => data.nodes.get(id) ?? data.formerIds.get(id) ?? []);
    },

    /** One node as `nodes` finds it, or undefined. */
    node(id: string): GraphNode | undefined {
      return data.nodes.get(id) ?? data.formerIds.get(id);
    },
  };
}

export type KnowledgeSnapshot = Awaited<ReturnType<typeof buildKnowledgeSnapshot>>;
