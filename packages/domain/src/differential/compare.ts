/**
 * Code-unit string order. `localeCompare` depends on the host's ICU data and locale, which would
 * make the same input sort differently on two machines.
 */
export function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** Larger number first; NaN never occurs here because every number is a product of positives. */
export function compareDescending(a: number, b: number): number {
  return b - a;
}

/** Sorted copy of unique ids, so callers can iterate in a canonical order. */
export function toSortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareStrings);
}

/** Closed interval test where a missing bound is open, and a missing week always matches. */
export function isWithinWeeks(
  week: number | undefined,
  weekFrom: number | undefined,
  weekTo: number | undefined,
): boolean {
  if (week === undefined) return true;
  if (weekFrom !== undefined && week < weekFrom) return false;
  if (weekTo !== undefined && week > weekTo) return false;
  return true;
}
