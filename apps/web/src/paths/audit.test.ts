import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "../api/graphql";
import { AuditDocument, fetchAudit } from "./audit";

const ENTRY = {
  id: "a1",
  action: "publish",
  actorId: "admin-1a2b3c4d",
  actorName: "Dr Ada Okafor",
  pathId: "p1",
  pathTitle: "Flank pain",
  version: 3,
  at: "2026-12-02T09:00:00.000Z",
};

/** A fetch that records what it was asked and answers `body` with `status`. */
function answering(body: unknown, status = 200) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { fetchImpl, calls };
}

describe("reading the audit log on the server", () => {
  it("asks the API with the admin's token as a bearer and returns the entries", async () => {
    const { fetchImpl, calls } = answering({ data: { teachingPathAudit: [ENTRY] } });
    const entries = await fetchAudit("admin-token-0123456789", {
      apiUrl: "http://api:4000",
      fetchImpl,
      first: 20,
    });
    expect(entries).toEqual([ENTRY]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("http://api:4000/graphql");
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers.authorization).toBe("Bearer admin-token-0123456789");
    expect(headers["content-type"]).toBe("application/json");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      query: AuditDocument.toString(),
      variables: { first: 20 },
    });
  });

  it("throws the API's refusal with its code (a token that is not an admin's)", async () => {
    const { fetchImpl } = answering({
      data: null,
      errors: [{ message: "Only admins may read the audit log.", extensions: { code: "FORBIDDEN" } }],
    });
    const refused = fetchAudit("educator-token-0123456789", { apiUrl: "http://api:4000", fetchImpl });
    await expect(refused).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(refused).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only admins may read the audit log.",
    });
  });
});
