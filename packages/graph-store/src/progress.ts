import type { LoadProgress } from "./store";

/**
 * A progress reporter for loads: a redrawn bar on a terminal, a line per phase step elsewhere
 * (CI logs), so long loads always show they are moving.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastPhase = "";
  let lastPercent = -1;
  return (p: LoadProgress) => {
    const ratio = p.total === 0 ? 1 : p.done / p.total;
    const percent = Math.floor(ratio * 100);
    const width = 30;
    const filled = Math.round(ratio * width);
    const line = `${p.phase.padEnd(7)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}% ${p.done}/${p.total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
      if (p.done >= p.total) stream.write("\n");
    } else {
      if (p.phase !== lastPhase) lastPercent = -1;
      if (lastPercent < 0 || percent - lastPercent >= 25 || (p.done >= p.total && lastPercent < 100)) {
        stream.write(`${line}\n`);
        lastPercent = percent;
      }
    }
    lastPhase = p.phase;
  };
}
