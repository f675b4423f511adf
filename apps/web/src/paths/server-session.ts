import { headers } from "next/headers";
import { env } from "../env";
import { readSessionToken } from "./session";
import { SESSION_KEY } from "./session-key";
import { ANONYMOUS_VIEWER, type Viewer } from "./types";
import { fetchViewer } from "./viewer-check";

export interface Session {
  viewer: Viewer;
  signedIn: boolean;
  /** The API could not be asked; the page says so rather than pretending nobody is signed in. */
  apiDown: boolean;
}

/** Who the session cookie belongs to, for server components; the token stays on the server. */
export async function getSession(): Promise<Session> {
  const token = readSessionToken((await headers()).get("cookie"), SESSION_KEY);
  if (!token) return { viewer: ANONYMOUS_VIEWER, signedIn: false, apiDown: false };
  try {
    const viewer = await fetchViewer(token, { apiUrl: env.apiUrl });
    return viewer
      ? { viewer, signedIn: true, apiDown: false }
      : { viewer: ANONYMOUS_VIEWER, signedIn: false, apiDown: false };
  } catch {
    return { viewer: ANONYMOUS_VIEWER, signedIn: false, apiDown: true };
  }
}
