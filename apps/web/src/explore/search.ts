import type { NodeSummary } from "../api/types";

/** How long typing must pause before the explorer searches. */
export const SEARCH_DEBOUNCE_MS = 200;

/** The API takes 1 to 200 characters. */
export function toSearchText(input: string): string | null {
  const text = input.trim();
  return text.length > 0 ? text.slice(0, 200) : null;
}

/** The alias the text matched, shown beside the name when the name itself does not match. */
export function toMatchedAlias(node: Pick<NodeSummary, "name" | "aliases">, text: string): string | null {
  const needle = text.trim().toLowerCase();
  if (needle === "" || node.name.toLowerCase().includes(needle)) return null;
  return node.aliases.find((alias) => alias.toLowerCase().includes(needle)) ?? null;
}
