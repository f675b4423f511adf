import { SOURCE_RANK, type SourceKind, type SourceRank } from "../scales";

/** True for the kinds `SOURCE_RANK` knows. */
export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === "string" && Object.hasOwn(SOURCE_RANK, value);
}

/**
 * A source's rank: `SOURCE_RANK[kind]`, or 4 for a kind it does not know. The rank is always
 * derived from the kind, never read as a separate number, so the two cannot disagree; and an
 * unrecognised source never outranks a consumer article: authority has to be declared.
 */
export function toSourceRank(kind: unknown): SourceRank {
  return isSourceKind(kind) ? SOURCE_RANK[kind] : 4;
}
