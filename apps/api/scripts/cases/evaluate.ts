import { type DifferentialResult, URGENCIES, type Urgency } from "@bpx/domain";
import type { GraphStore } from "@bpx/graph-store";
import { runDifferential } from "@bpx/schema";
import type { ClinicalCase } from "./case-file";

/** The highest alarm a case raised: an urgency, or `none` when nothing fired. */
export type Alarm = Urgency | "none";

/** An id a case uses that the graph does not hold (or holds as another kind). */
export interface UnknownId {
  id: string;
  field: "present" | "absent" | "expected" | "alternatives" | "dontMiss";
  /** Set when the id exists but is not the kind the field needs. */
  actualKind?: string;
}

/** What one case produced on the production differential path. */
export interface CaseOutcome {
  case: ClinicalCase;
  unknownIds: UnknownId[];
  /** The expected condition's id in the graph (after merges), or null when unknown. */
  expectedId: string | null;
  /** False when no present finding is known to the graph, so nothing could be run. */
  ran: boolean;
  /** Rank (1-based) and probability of the expected condition among the listed candidates. */
  rank: number | null;
  probability: number | null;
  /** Best rank of the expected condition or an acceptable alternative. */
  acceptedRank: number | null;
  leader: { id: string; probability: number } | null;
  candidates: { conditionId: string; probability: number }[];
  alarm: Alarm;
  /** The highest urgency among the red flags alone (the banner), without the don't-miss lane. */
  flagAlarm: Alarm;
  /** The red flags (rule or candidate ids) and don't-miss entries that raised `alarm`. */
  alarmBy: string[];
  /** Conditions in the don't-miss lane, or null while the engine has no such field. */
  dontMiss: string[] | null;
  /** The case's don't-miss ids (as written) missing from the lane; null while there is no lane. */
  dontMissMissed: string[] | null;
}

type Store = Pick<GraphStore, "getNodes" | "rankingKnowledge" | "followUpKnowledge">;

const ALARM_ORDER: readonly Alarm[] = ["none", ...URGENCIES];
export const alarmLevel = (a: Alarm): number => ALARM_ORDER.indexOf(a);

/** Resolves every id the cases use in one pass: id -> [resolved id, kind]; former ids follow merges. */
async function resolveIds(store: Store, ids: readonly string[]): Promise<Map<string, [string, string]>> {
  const unique = [...new Set(ids)].sort();
  const resolved = new Map<string, [string, string]>();
  for (const node of await store.getNodes(unique)) resolved.set(node.id, [node.id, node.kind]);
  // getNodes drops unknown ids and may answer a former id with the node that absorbed it, so the
  // remaining ids are asked one by one to know which is which.
  for (const id of unique.filter((x) => !resolved.has(x))) {
    const [node] = await store.getNodes([id]);
    if (node) resolved.set(id, [node.id, node.kind]);
  }
  return resolved;
}

/** The don't-miss lane, read without assuming its shape: the field is new and may be absent. */
function readDontMiss(result: DifferentialResult): { conditionId: string; urgency: Alarm | null }[] | null {
  const lane = (result as unknown as { dontMiss?: unknown }).dontMiss;
  if (!Array.isArray(lane)) return null;
  return lane.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const e = entry as { conditionId?: unknown; condition?: { id?: unknown }; urgency?: unknown };
    const conditionId = typeof e.conditionId === "string" ? e.conditionId : e.condition?.id;
    if (typeof conditionId !== "string") return [];
    const urgency = (URGENCIES as readonly unknown[]).includes(e.urgency) ? (e.urgency as Urgency) : null;
    return [{ conditionId, urgency }];
  });
}

const highest = (raised: readonly { urgency: Alarm }[]): Alarm =>
  raised.reduce<Alarm>((max, r) => (alarmLevel(r.urgency) > alarmLevel(max) ? r.urgency : max), "none");

/** The highest urgency among the red flags and don't-miss entries, what raised it, and the flags' own. */
function highestAlarm(result: DifferentialResult): Pick<CaseOutcome, "alarm" | "alarmBy" | "flagAlarm"> {
  const flags: { by: string; urgency: Alarm }[] = result.redFlags.map((f) => ({
    by: f.id,
    urgency: f.urgency,
  }));
  const urgencyOf = new Map(result.candidates.map((c) => [c.conditionId, c.urgency]));
  // The lane holds urgent and emergency conditions; an entry without an urgency counts as urgent.
  const lane = (readDontMiss(result) ?? []).map((entry) => ({
    by: `dontMiss:${entry.conditionId}`,
    urgency: entry.urgency ?? urgencyOf.get(entry.conditionId) ?? "urgent",
  }));
  const raised = [...flags, ...lane];
  const top = highest(raised);
  const alarmBy = raised.filter((r) => r.urgency === top && top !== "none").map((r) => r.by);
  return { alarm: top, alarmBy: [...new Set(alarmBy)].sort(), flagAlarm: highest(flags) };
}

/** Runs one case through `runDifferential`, the function the GraphQL `differential` resolver calls. */
async function evaluateCase(
  store: Store,
  c: ClinicalCase,
  resolved: Map<string, [string, string]>,
): Promise<CaseOutcome> {
  const unknownIds: UnknownId[] = [];
  const known = (field: UnknownId["field"], list: readonly string[], kind: string): string[] =>
    list.flatMap((id) => {
      const hit = resolved.get(id);
      if (hit?.[1] === kind) return [hit[0]];
      unknownIds.push(hit ? { id, field, actualKind: hit[1] } : { id, field });
      return [];
    });
  const present = known("present", c.present, "FINDING");
  const absent = known("absent", c.absent, "FINDING").filter((id) => !present.includes(id));
  const [expected] = known("expected", [c.expected], "CONDITION");
  const accepted = new Set([
    ...(expected ? [expected] : []),
    ...known("alternatives", c.alternatives, "CONDITION"),
  ]);
  const mustKeep = c.dontMiss.map((id) => [id, known("dontMiss", [id], "CONDITION")[0]] as const);
  const empty = { rank: null, probability: null, acceptedRank: null, leader: null, candidates: [] };
  if (present.length === 0)
    return {
      case: c,
      unknownIds,
      expectedId: expected ?? null,
      ran: false,
      ...empty,
      alarm: "none",
      flagAlarm: "none",
      alarmBy: [],
      dontMiss: null,
      dontMissMissed: null,
    };

  const input = {
    present: [...new Set(present)].sort(),
    absent: [...new Set(absent)].sort(),
    gestationalWeek: c.week ?? undefined,
  };
  const { result } = await runDifferential(store, input);
  const candidates = result.candidates.map((x) => ({
    conditionId: x.conditionId,
    probability: x.probability,
  }));
  const index = candidates.findIndex((x) => x.conditionId === expected);
  const acceptedIndex = candidates.findIndex((x) => accepted.has(x.conditionId));
  const lead = candidates[0];
  const lane = readDontMiss(result)?.map((e) => e.conditionId) ?? null;
  return {
    case: c,
    unknownIds,
    expectedId: expected ?? null,
    ran: true,
    rank: index < 0 ? null : index + 1,
    probability: index < 0 ? null : (candidates[index]?.probability ?? null),
    acceptedRank: acceptedIndex < 0 ? null : acceptedIndex + 1,
    leader: lead ? { id: lead.conditionId, probability: lead.probability } : null,
    candidates,
    ...highestAlarm(result),
    dontMiss: lane,
    dontMissMissed:
      lane && mustKeep.filter(([, id]) => !id || !lane.includes(id)).map(([written]) => written),
  };
}

/** Evaluates the cases in file order; unknown ids are reported on each outcome, never thrown. */
export async function evaluateCases(store: Store, cases: readonly ClinicalCase[]): Promise<CaseOutcome[]> {
  const allIds = cases.flatMap((c) => [
    ...c.present,
    ...c.absent,
    c.expected,
    ...c.alternatives,
    ...c.dontMiss,
  ]);
  const resolved = await resolveIds(store, allIds);
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) outcomes.push(await evaluateCase(store, c, resolved));
  return outcomes;
}
