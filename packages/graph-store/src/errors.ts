/** Why a store operation failed, in terms the API can turn into an error code. */
export type StoreErrorCode = "STORE_UNAVAILABLE" | "CONSTRAINT" | "QUERY" | "INVALID_DATA" | "ABORTED";

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
