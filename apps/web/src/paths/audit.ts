import { graphql } from "../api/gql";
import type { TeachingPathAuditQuery } from "../api/gql/graphql";
import { serverRequest } from "../api/graphql";

/** One write to a teaching path, as the API's audit log keeps it (admins only). */
export type AuditEntry = TeachingPathAuditQuery["teachingPathAudit"][number];

export const AuditDocument = graphql(`
  query TeachingPathAudit($first: Int) {
    teachingPathAudit(first: $first) { id action actorId actorName pathId pathTitle version at }
  }
`);

/** The newest entries the page shows; the API allows up to 200. */
export const AUDIT_PAGE_SIZE = 200;

/**
 * The audit log, newest first, read on the server with the signed-in admin's token (which never
 * reaches the browser). Throws GraphQLRequestError: FORBIDDEN for a token that is not an admin's.
 */
export async function fetchAudit(
  token: string,
  {
    apiUrl,
    fetchImpl = fetch,
    first = AUDIT_PAGE_SIZE,
  }: { apiUrl: string; fetchImpl?: typeof fetch; first?: number },
): Promise<AuditEntry[]> {
  const data = await serverRequest(
    AuditDocument,
    { first },
    { apiUrl, fetchImpl, headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) },
  );
  return data.teachingPathAudit;
}
