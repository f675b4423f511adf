/**
 * The id the web app gives each browser (an http-only cookie) and forwards to the API, which
 * believes it only from a trusted proxy and gives each browser its own fair share of its slots.
 * One definition for both ends, so they agree on the header and the format.
 */
export const BROWSER_ID_HEADER = "x-bpx-client";
const BROWSER_ID = /^[A-Za-z0-9_-]{16,64}$/;

export const isBrowserId = (value: unknown): value is string =>
  typeof value === "string" && BROWSER_ID.test(value);
