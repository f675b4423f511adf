/** Who is asking. The API resolves it once per request from the bearer token. */
export type ViewerRole = "anonymous" | "reader" | "educator" | "admin";

export interface Viewer {
  role: ViewerRole;
  /** A display name that never contains the token: configured, or e.g. `educator-1a2b3c4d`. */
  name: string;
  /**
   * A stable id per token that reveals nothing of it (`educator-1a2b3c4d`, a hash prefix): what
   * owns a path and signs the audit log, unchanged when the display name is renamed.
   */
  id: string;
  /** True when a bearer token was sent but matched none: writes are refused, reads are anonymous. */
  invalidToken?: boolean;
}

export const ANONYMOUS: Viewer = { role: "anonymous", name: "anonymous", id: "anonymous" };

/** Admins change any path and read the audit log; educators change their own. */
export const isAdmin = (viewer: Viewer): boolean => viewer.role === "admin";

/** Educators and admins build paths and see drafts; readers and anonymous clients do not. */
export const canEditPaths = (viewer: Viewer): boolean =>
  viewer.role === "educator" || viewer.role === "admin";
