// How the machine's CPU time was spent while a bench ran, from /proc/stat: the share the host took
// (steal: a shared host slows every figure while the load average stays low) and the share left
// idle (in the distinct-case rounds, idle CPU means the API's one JavaScript thread was the limit,
// not the two cores). The benches print both beside their results.
import { readFileSync } from "node:fs";

/** The machine's CPU counters (all cores), in clock ticks; null where /proc/stat is missing. */
export interface CpuTicks {
  total: number;
  steal: number;
  idle: number;
}

export function readCpuTicks(): CpuTicks | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is in user)
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return {
      total: user + nice + system + idle + iowait + irq + softirq + steal,
      steal,
      idle: idle + iowait,
    };
  } catch {
    return null;
  }
}

/** Between two readings: the share of CPU time stolen by the host and the share left idle, in %. */
export function toCpuShares(
  from: CpuTicks | null,
  to: CpuTicks | null,
): { stolen: number; idle: number } | null {
  if (!from || !to || to.total <= from.total) return null;
  const span = to.total - from.total;
  return { stolen: ((to.steal - from.steal) / span) * 100, idle: ((to.idle - from.idle) / span) * 100 };
}

/** "stolen by the host 0.4 %, idle 12 %", or a note that the counters are unavailable. */
export function describeCpuShares(shares: { stolen: number; idle: number } | null): string {
  return shares
    ? `CPU stolen by the host ${shares.stolen.toFixed(1)} %, idle ${shares.idle.toFixed(0)} %`
    : "host CPU counters unavailable";
}
