import type { SafetyLevel } from "@bpx/domain";
import { SAFETY_VISUALS, toSafetyPhrase } from "./safety";

/** The level in words with its symbol; colour only echoes the words. */
export function SafetyBadge({
  level,
  week,
  long = false,
}: {
  level: SafetyLevel;
  week?: number | null;
  long?: boolean;
}) {
  const visual = SAFETY_VISUALS[level];
  return (
    <span
      className={`safety-badge safety-${level.toLowerCase()}`}
      style={{ color: visual.ink, background: visual.tint, borderColor: visual.color }}
    >
      <span aria-hidden="true">{visual.symbol}</span>{" "}
      {long ? toSafetyPhrase(level, week ?? null) : visual.label}
    </span>
  );
}
