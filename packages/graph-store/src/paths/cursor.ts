/** Where a page ends: the sort key of its last path. */
export interface PathCursor {
  updatedAt: string;
  id: string;
}

/** An opaque cursor (base64url JSON): clients pass it back, never build it. */
export function encodeCursor(cursor: PathCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString("base64url");
}

/** The cursor's sort key, or null when the text is not a cursor this API issued. */
export function decodeCursor(text: string): PathCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2) {
      const [updatedAt, id] = value as unknown[];
      if (typeof updatedAt === "string" && typeof id === "string") return { updatedAt, id };
    }
  } catch {
    // Not base64url JSON: fall through to null.
  }
  return null;
}
