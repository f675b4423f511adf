import { type Alarm, alarmLevel, type CaseOutcome } from "./evaluate";

/** `hit` of `total` cases (or pairs); the fraction is left to the reader so 0/0 stays visible. */
export interface Ratio {
  hit: number;
  total: number;
}

/** Listed candidates whose predicted probability fell in [from, to), and how many were right. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  hits: number;
  /** Mean predicted probability in the bin; null when empty. */
  meanPredicted: number | null;
  /** Fraction of the bin's candidates that were the case's expected condition; null when empty. */
  observed: number | null;
}

export interface CaseSummary {
  cases: number;
  controls: number;
  notRun: number;
  withUnknownIds: number;
  /** Leader is the expected condition or an acceptable alternative. */
  top1: Ratio;
  /** Leader is the expected condition itself. */
  top1Strict: Ratio;
  /** The expected condition or an alternative is among the first three. */
  top3: Ratio;
  /** Cases expecting an urgent or emergency alarm that got at least that urgency. */
  redFlagRecall: Ratio;
  /** Cases expecting an emergency alarm that got one. */
  emergencyRecall: Ratio;
  /** Controls with an urgent or emergency alarm (red flag or lane) above what the case expects. */
  falseAlarms: Ratio;
  /** The same, counting red flags only (the banner), not the don't-miss lane. */
  falseFlagAlarms: Ratio;
  /** Controls with an emergency alarm (red flag or lane). */
  emergencyFalseAlarms: Ratio;
  /** Controls with an emergency red flag. */
  emergencyFalseFlags: Ratio;
  /** Expected don't-miss conditions found in the lane (case x condition pairs); null: no lane yet. */
  dontMissRecall: Ratio | null;
  reliability: ReliabilityBin[];
  /** Count-weighted mean |predicted - observed| over the bins; null with no candidates. */
  calibrationError: number | null;
}

const BIN_COUNT = 10;
const ALARMING = alarmLevel("urgent");

function ratio(outcomes: readonly CaseOutcome[], test: (o: CaseOutcome) => boolean): Ratio {
  return { hit: outcomes.filter(test).length, total: outcomes.length };
}

/** An urgent or emergency alarm above what the case expects: a false alarm on a control. */
export const overAlarmed = (o: CaseOutcome, alarm: Alarm) =>
  alarmLevel(alarm) >= ALARMING && alarmLevel(alarm) > alarmLevel(o.case.urgency);

/** Bins every listed candidate of every case by its probability (the last bin includes 1). */
export function reliabilityTable(outcomes: readonly CaseOutcome[]): ReliabilityBin[] {
  const bins = Array.from({ length: BIN_COUNT }, (_, i) => ({ sum: 0, count: 0, hits: 0, i }));
  for (const o of outcomes) {
    for (const c of o.candidates) {
      const bin = bins[Math.min(BIN_COUNT - 1, Math.floor(c.probability * BIN_COUNT))];
      if (!bin) continue;
      bin.sum += c.probability;
      bin.count += 1;
      if (c.conditionId === o.expectedId) bin.hits += 1;
    }
  }
  return bins.map(({ sum, count, hits, i }) => ({
    from: i / BIN_COUNT,
    to: (i + 1) / BIN_COUNT,
    count,
    hits,
    meanPredicted: count === 0 ? null : sum / count,
    observed: count === 0 ? null : hits / count,
  }));
}

function calibrationError(bins: readonly ReliabilityBin[]): number | null {
  const total = bins.reduce((n, b) => n + b.count, 0);
  if (total === 0) return null;
  return bins.reduce(
    (e, b) => e + (b.count / total) * Math.abs((b.meanPredicted ?? 0) - (b.observed ?? 0)),
    0,
  );
}

/** The figures `pnpm cases` reports for one file. Cases that could not run count as misses. */
export function summarise(outcomes: readonly CaseOutcome[]): CaseSummary {
  const controls = outcomes.filter((o) => o.case.control);
  const alarmed = outcomes.filter((o) => alarmLevel(o.case.urgency) >= ALARMING);
  const emergencies = outcomes.filter((o) => o.case.urgency === "emergency");
  const lanes = outcomes.filter((o) => o.dontMiss !== null);
  const pairs = outcomes.reduce((n, o) => n + o.case.dontMiss.length, 0);
  const missed = outcomes.reduce((n, o) => n + (o.dontMissMissed ?? o.case.dontMiss).length, 0);
  const reliability = reliabilityTable(outcomes);
  return {
    cases: outcomes.length,
    controls: controls.length,
    notRun: outcomes.filter((o) => !o.ran).length,
    withUnknownIds: outcomes.filter((o) => o.unknownIds.length > 0).length,
    top1: ratio(outcomes, (o) => o.acceptedRank === 1),
    top1Strict: ratio(outcomes, (o) => o.rank === 1),
    top3: ratio(outcomes, (o) => o.acceptedRank !== null && o.acceptedRank <= 3),
    redFlagRecall: ratio(alarmed, (o) => alarmLevel(o.alarm) >= alarmLevel(o.case.urgency)),
    emergencyRecall: ratio(emergencies, (o) => o.alarm === "emergency"),
    falseAlarms: ratio(controls, (o) => overAlarmed(o, o.alarm)),
    falseFlagAlarms: ratio(controls, (o) => overAlarmed(o, o.flagAlarm)),
    emergencyFalseAlarms: ratio(controls, (o) => o.alarm === "emergency"),
    emergencyFalseFlags: ratio(controls, (o) => o.flagAlarm === "emergency"),
    // A case that could not run has no lane: its pairs count as missed once any case has a lane.
    dontMissRecall: lanes.length === 0 ? null : { hit: pairs - missed, total: pairs },
    reliability,
    calibrationError: calibrationError(reliability),
  };
}
