import { VIEWER_QUERY } from "./queries";
import type { Viewer } from "./types";

/**
 * Asks the API who a token belongs to. Null when the API does not know the token (it answers
 * ANONYMOUS for those); throws when the API cannot be reached, so callers can say so.
 */
export async function fetchViewer(
  token: string,
  { apiUrl, fetchImpl = fetch }: { apiUrl: string; fetchImpl?: typeof fetch },
): Promise<Viewer | null> {
  if (token.trim() === "") return null;
  const response = await fetchImpl(`${apiUrl}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: VIEWER_QUERY }),
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: { viewer?: Viewer } | null };
  const viewer = body.data?.viewer;
  if (!viewer) throw new Error(`The API answered ${response.status} without a viewer`);
  return viewer.role === "ANONYMOUS" ? null : viewer;
}
