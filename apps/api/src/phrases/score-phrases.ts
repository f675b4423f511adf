import type { GraphStore } from "@bpx/graph-store";
import type { Expected, PhraseCase } from "./phrase-set";

/** What one case gave and whether each part was right (null: the case does not test it). */
export interface CaseResult {
  case: PhraseCase;
  /** True when every id the case names is in the graph today (or is one of a|b alternatives present). */
  idsExist: boolean;
  searchTop: string | null;
  searchOk: boolean | null;
  present: string[];
  absent: string[];
  week: number | null;
  days: number | null;
  weekWarned: boolean;
  /** The findings are exactly the expected ones, polarity aside. */
  resolved: boolean | null;
  /** Of the expected findings found, how many had the expected polarity. */
  polarityRight: number;
  polarityFound: number;
  weekOk: boolean | null;
}

const satisfies = (found: readonly string[], slot: Expected) => slot.some((id) => found.includes(id));

/** Expected slots matched one to one by found ids, and no found id outside every slot. */
function sameFindings(found: readonly string[], slots: readonly Expected[]): boolean {
  const allowed = new Set(slots.flat());
  return slots.every((slot) => satisfies(found, slot)) && found.every((id) => allowed.has(id));
}

/** Runs one case through the store's search and note interpreter and scores it. */
export async function scoreCase(
  store: GraphStore,
  c: PhraseCase,
  graphIds: ReadonlySet<string>,
): Promise<CaseResult> {
  const slots = [
    ...(c.search ? [c.search] : []),
    ...(c.interpret ? [...c.interpret.present, ...c.interpret.absent] : []),
  ];
  const idsExist =
    slots.every((slot) => slot.some((id) => graphIds.has(id))) && c.notIn.every((id) => graphIds.has(id));
  let searchTop: string | null = null;
  let searchOk: boolean | null = null;
  if (c.search) {
    const hits = await store.search({ text: c.text, kinds: c.kinds, first: 10 });
    searchTop = hits[0]?.node.id ?? null;
    searchOk =
      searchTop !== null && c.search.includes(searchTop) && !hits.some((h) => c.notIn.includes(h.node.id));
  }
  const result: CaseResult = {
    case: c,
    idsExist,
    searchTop,
    searchOk,
    present: [],
    absent: [],
    week: null,
    days: null,
    weekWarned: false,
    resolved: null,
    polarityRight: 0,
    polarityFound: 0,
    weekOk: null,
  };
  if (!c.interpret) return result;
  const r = await store.interpretNote(c.text);
  const want = c.interpret;
  const found = [...r.present, ...r.absent];
  result.present = r.present;
  result.absent = r.absent;
  result.week = r.gestationalAge?.week ?? null;
  result.days = r.gestationalAge?.days ?? null;
  result.weekWarned = r.gestationalAge?.error != null;
  result.resolved = sameFindings(found, [...want.present, ...want.absent]);
  for (const [slots, polarity] of [
    [want.present, r.present],
    [want.absent, r.absent],
  ] as const) {
    for (const slot of slots) {
      if (!satisfies(found, slot)) continue;
      result.polarityFound++;
      if (satisfies(polarity, slot)) result.polarityRight++;
    }
  }
  result.weekOk =
    result.week === want.week && result.days === want.days && result.weekWarned === want.weekError;
  return result;
}

export interface Summary {
  cases: number;
  searchTop1: [number, number];
  resolved: [number, number];
  negation: [number, number];
  week: [number, number];
}

/** Counts right / tested for each measure. */
export function summarize(results: readonly CaseResult[]): Summary {
  const pair = (xs: (boolean | null)[]): [number, number] => [
    xs.filter((x) => x === true).length,
    xs.filter((x) => x !== null).length,
  ];
  return {
    cases: results.length,
    searchTop1: pair(results.map((r) => r.searchOk)),
    resolved: pair(results.map((r) => r.resolved)),
    negation: [
      results.reduce((s, r) => s + r.polarityRight, 0),
      results.reduce((s, r) => s + r.polarityFound, 0),
    ],
    week: pair(results.map((r) => r.weekOk)),
  };
}
