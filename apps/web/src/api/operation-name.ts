/** The name of the operation (every document the app sends is named), which leads its cache key. */
export function toOperationName(document: { toString(): string }): string {
  const text = document.toString();
  return /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? text;
}
