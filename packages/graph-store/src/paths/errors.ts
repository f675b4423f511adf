/** Why a teaching-path write was refused, in terms the API turns into an error code. */
export type TeachingPathErrorReason = "NOT_FOUND" | "CONFLICT" | "INVALID_STEP";

/** A refused write: no path, a stale version, or a step id that is not the path's own. */
export class TeachingPathError extends Error {
  readonly reason: TeachingPathErrorReason;
  /** The input field at fault, for INVALID_STEP. */
  readonly field: string | undefined;
  /** The version now stored, for CONFLICT: lets a client offer to reload. */
  readonly currentVersion: number | undefined;

  constructor(
    reason: TeachingPathErrorReason,
    message: string,
    extra: { field?: string; currentVersion?: number } = {},
  ) {
    super(message);
    this.name = "TeachingPathError";
    this.reason = reason;
    this.field = extra.field;
    this.currentVersion = extra.currentVersion;
  }
}

export function isTeachingPathError(error: unknown): error is TeachingPathError {
  return error instanceof TeachingPathError;
}
