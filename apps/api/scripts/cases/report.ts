import { alarmLevel, type CaseOutcome } from "./evaluate";
import { type CaseSummary, overAlarmed, type Ratio } from "./metrics";

const pct = (r: Ratio) => (r.total === 0 ? "n/a" : `${((100 * r.hit) / r.total).toFixed(1)}%`);
const fmt = (r: Ratio) => `${r.hit}/${r.total} (${pct(r)})`;
const prob = (p: number | null) => (p === null ? "-" : p.toFixed(3));

function unknownLines(outcomes: readonly CaseOutcome[]): string[] {
  const withUnknown = outcomes.filter((o) => o.unknownIds.length > 0);
  if (withUnknown.length === 0) return ["unknown ids: none"];
  const distinct = new Set(withUnknown.flatMap((o) => o.unknownIds.map((u) => u.id)));
  return [
    `unknown ids: ${distinct.size} distinct, in ${withUnknown.length} case(s) (dropped from the input; an unknown expected condition is a miss)`,
    ...withUnknown.map(
      (o) =>
        `  ${o.case.id}: ${o.unknownIds
          .map((u) => `${u.field} ${u.id}${u.actualKind ? ` (is a ${u.actualKind.toLowerCase()})` : ""}`)
          .join(", ")}`,
    ),
  ];
}

function summaryLines(s: CaseSummary): string[] {
  const dontMiss =
    s.dontMissRecall === null
      ? "not available (the differential returns no dontMiss lane yet)"
      : fmt(s.dontMissRecall);
  return [
    `top-1, expected or alternative      ${fmt(s.top1)}`,
    `top-1, expected condition only      ${fmt(s.top1Strict)}`,
    `top-3, expected or alternative      ${fmt(s.top3)}`,
    `red-flag recall (urgent/emergency)  ${fmt(s.redFlagRecall)}`,
    `  emergency cases given emergency   ${fmt(s.emergencyRecall)}`,
    `false alarms on controls (urgent+)  ${fmt(s.falseAlarms)}`,
    `  from red flags alone              ${fmt(s.falseFlagAlarms)}`,
    `  emergency alarms on controls      ${fmt(s.emergencyFalseAlarms)}`,
    `  emergency red flags on controls   ${fmt(s.emergencyFalseFlags)}`,
    `don't-miss recall                   ${dontMiss}`,
    `calibration error (weighted |p-o|)  ${s.calibrationError === null ? "n/a" : s.calibrationError.toFixed(3)}`,
    ...(s.notRun > 0 ? [`cases not run (no known present finding): ${s.notRun}`] : []),
  ];
}

function reliabilityLines(s: CaseSummary): string[] {
  return [
    "reliability: every listed candidate of every case, binned by predicted probability;",
    "observed = fraction that were the case's expected condition",
    "  bin        n   hits  mean p  observed",
    ...s.reliability.map(
      (b) =>
        `  ${b.from.toFixed(1)}-${b.to.toFixed(1)}  ${String(b.count).padStart(4)}  ${String(b.hits).padStart(4)}  ${prob(b.meanPredicted).padStart(6)}  ${prob(b.observed).padStart(8)}`,
    ),
  ];
}

/** One line per case: rank and probability of the expected condition, the leader, the alarm. */
export function caseLine(o: CaseOutcome): string {
  const c = o.case;
  const week = c.week === null ? "w--" : `w${String(c.week).padStart(2, "0")}`;
  if (!o.ran) return `  ${c.id} ${week} NOT RUN: no present finding is known to the graph`;
  const rank = o.rank === null ? "not listed" : `rank ${o.rank} p=${prob(o.probability)}`;
  const alt = o.acceptedRank !== null && o.acceptedRank !== o.rank ? ` (accepted at ${o.acceptedRank})` : "";
  const leader = o.leader ? `${o.leader.id} ${prob(o.leader.probability)}` : "none";
  const alarmMark = c.control
    ? overAlarmed(o, o.alarm)
      ? "OVER"
      : "ok"
    : alarmLevel(o.alarm) >= alarmLevel(c.urgency)
      ? "ok"
      : "MISSED";
  const missed =
    o.dontMissMissed && o.dontMissMissed.length > 0 ? ` | lane lacks ${o.dontMissMissed.join(", ")}` : "";
  return `  ${c.id} ${week}${c.control ? " [control]" : ""} | ${c.expected}: ${rank}${alt} | leader ${leader} | alarm ${o.alarm} (want ${c.urgency}: ${alarmMark})${missed}`;
}

/** The plain-text report for one case file. Deterministic: no timings, fixed decimals, file order. */
export function formatReport(path: string, outcomes: readonly CaseOutcome[], summary: CaseSummary): string {
  return [
    `== ${path}: ${summary.cases} cases, ${summary.controls} benign controls`,
    ...unknownLines(outcomes),
    "",
    ...summaryLines(summary),
    "",
    ...reliabilityLines(summary),
    "",
    "per case: expected condition rank and probability | leader | highest alarm",
    ...outcomes.map(caseLine),
    "",
  ].join("\n");
}
