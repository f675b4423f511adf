import { isValidWeek, MAX_WEEK, MIN_WEEK } from "@bpx/domain";
import { badInput } from "./errors";

/** Input limits, in one place so the docs and the errors agree. */
export const LIMITS = {
  searchTextMax: 200,
  searchFirstMax: 100,
  neighborhoodIdsMax: 50,
  neighborhoodDepthMax: 3,
  neighborhoodNodesMax: 500,
  idMax: 200,
  pathsMaxLengthMax: 4,
} as const;

export function checkIntRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field} must be an integer from ${min} to ${max}; got ${value}.`, field);
  }
  return value;
}

/** Search text, trimmed: 1 to searchTextMax characters. */
export function checkSearchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > LIMITS.searchTextMax) {
    throw badInput(`text must be 1 to ${LIMITS.searchTextMax} characters after trimming.`, "text");
  }
  return trimmed;
}

export function checkId(id: string, field: string): string {
  if (id.length === 0 || id.length > LIMITS.idMax) {
    throw badInput(`${field} must be 1 to ${LIMITS.idMax} characters.`, field);
  }
  return id;
}

export function checkIds(ids: readonly string[], max: number, field: string): string[] {
  if (ids.length === 0 || ids.length > max) {
    throw badInput(`${field} must hold 1 to ${max} ids; got ${ids.length}.`, field);
  }
  const seen = new Set<string>();
  for (const id of ids) {
    checkId(id, field);
    if (seen.has(id)) throw badInput(`${field} lists "${id}" more than once.`, field);
    seen.add(id);
  }
  return [...seen];
}

/** A gestational week from 1 to 42, or undefined when none is given. */
export function checkWeek(week: number | null | undefined, field: string): number | undefined {
  if (week === null || week === undefined) return undefined;
  if (!isValidWeek(week))
    throw badInput(`${field} must be a whole week from ${MIN_WEEK} to ${MAX_WEEK}; got ${week}.`, field);
  return week;
}
