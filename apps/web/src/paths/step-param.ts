/** The `?step=` value the presenter keeps in its URL: 1-based, as people count. */
export const STEP_PARAM = "step";

/** The 0-based step a `?step=N` value asks for, clamped into the path; the first for anything else. */
export function parseStepParam(value: string | null | undefined, count: number): number {
  if (count <= 0 || value == null || !/^\s*\d+\s*$/.test(value)) return 0;
  const asked = Number.parseInt(value, 10);
  return Math.min(Math.max(asked, 1), count) - 1;
}

/** The query string for a 0-based step, keeping any other parameters. */
export function toStepSearch(currentSearch: string, index: number): string {
  const params = new URLSearchParams(currentSearch);
  params.set(STEP_PARAM, String(index + 1));
  return `?${params.toString()}`;
}

/**
 * The step a presenter key press goes to: ArrowRight / PageDown / Space next, ArrowLeft / PageUp
 * previous, Home / End the ends. Null when the key means nothing or the move goes nowhere.
 */
export function toPresenterMove(key: string, index: number, count: number): number | null {
  const targets: Record<string, number> = {
    ArrowRight: index + 1,
    PageDown: index + 1,
    " ": index + 1,
    ArrowLeft: index - 1,
    PageUp: index - 1,
    Home: 0,
    End: count - 1,
  };
  const target = targets[key];
  if (target === undefined || target < 0 || target >= count || target === index) return null;
  return target;
}
