/** Who is asking. The API resolves it once per request from the bearer token. */
export type ViewerRole = "anonymous" | "reader" | "educator" | "admin";

export interface Viewer {
  role: ViewerRole;
  /** A display name that never contains the token: e.g. `educator-1a2b3c4d`. */
  name: string;
  /** True when a bearer token was sent but matched none: writes are refused, reads are anonymous. */
  invalidToken?: boolean;
}

export const ANONYMOUS: Viewer = { role: "anonymous", name: "anonymous" };

/** Educators and admins build paths and see drafts; readers and anonymous clients do not. */
export const canEditPaths = (viewer: Viewer): boolean =>
  viewer.role === "educator" || viewer.role === "admin";
