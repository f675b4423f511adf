/**
 * A comma-separated list of web origins (`scheme://host[:port]`), as the API's `CORS_ORIGINS` and
 * the web app's `WEB_ALLOWED_ORIGINS` take it: the origins, and the entries that are not one
 * (a path, a trailing slash, no scheme), so configuration can name each bad entry.
 */
export function parseOriginList(value: string | undefined): { origins: string[]; invalid: string[] } {
  const entries = (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  const isOrigin = (entry: string) => URL.canParse(entry) && new URL(entry).origin === entry;
  return { origins: entries, invalid: entries.filter((entry) => !isOrigin(entry)) };
}
