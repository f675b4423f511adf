import type { DifferentialInput } from "@bpx/domain";

/**
 * `count` random cases over `findings`, the same ones for the same seed: 1 to `spread` + 3
 * distinct findings, the last 0 to 3 of them absent (at least one present), and a week from 1 to
 * 42 or, about one case in 15, none.
 */
export function randomCases(
  findings: readonly string[],
  count: number,
  { seed, spread }: { seed: number; spread: number },
): DifferentialInput[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  return Array.from({ length: count }, () => {
    const picked = new Set<string>();
    const want = 1 + next(spread) + next(4);
    while (picked.size < want) picked.add(findings[next(findings.length)] as string);
    const ids = [...picked];
    const presentCount = Math.max(1, ids.length - next(4));
    const week = next(45);
    return {
      present: ids.slice(0, presentCount),
      absent: ids.slice(presentCount),
      ...(week === 0 || week > 42 ? {} : { gestationalWeek: week }),
    };
  });
}
