/**
 * Requests a server-rendered page starts before its scripts have loaded (see
 * `src/differential/early-case.ts`): an inline script posts them as soon as the HTML is parsed and
 * leaves each response here, under its operation's name and variables. The page's query for the
 * same operation and variables takes the response instead of asking again; each is taken once.
 */
export interface EarlyRequest {
  name: string;
  variables: unknown;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __bpxEarly?: EarlyRequest[];
  }
}

/** JSON with every object's keys sorted: equal for equal values, whatever order they were built in. */
export function toStableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** The early response for this operation and these variables, taken out of the list; null if none. */
export function takeEarlyResponse(
  name: string,
  variables: unknown,
  list: EarlyRequest[] | undefined = typeof window === "undefined" ? undefined : window.__bpxEarly,
): Promise<Response> | null {
  if (!list || list.length === 0) return null;
  const wanted = toStableJson(variables);
  const index = list.findIndex((early) => early.name === name && toStableJson(early.variables) === wanted);
  if (index < 0) return null;
  const [early] = list.splice(index, 1);
  return early?.response ?? null;
}
