import { expect, it } from "vitest";

/** One test a row of a formatting function's table: `format(input)` reads exactly `text`. */
export function itReads<T>(format: (input: T) => string, rows: readonly (readonly [T, string])[]): void {
  it.each(rows.map(([input, text]) => ({ input, text })))(
    `${format.name}($input) reads $text`,
    ({ input, text }) => {
      expect(format(input)).toBe(text);
    },
  );
}
