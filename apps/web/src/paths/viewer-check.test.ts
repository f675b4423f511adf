import { describe, expect, it } from "vitest";
import { fetchViewer } from "./viewer-check";

function fakeApi(viewers: Record<string, { role: string; name: string; canEditTeachingPaths: boolean }>) {
  const calls: { url: string; authorization: string | null }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const authorization = new Headers(init.headers).get("authorization");
    calls.push({ url, authorization });
    const token = authorization?.replace(/^Bearer /, "") ?? "";
    const viewer = viewers[token] ?? { role: "ANONYMOUS", name: "anonymous", canEditTeachingPaths: false };
    return Response.json({ data: { viewer } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe("fetchViewer", () => {
  const api = fakeApi({
    "educator-token-123": { role: "EDUCATOR", name: "educator-1a2b", canEditTeachingPaths: true },
  });

  it("sends the token as a bearer header and returns the viewer", async () => {
    const viewer = await fetchViewer("educator-token-123", {
      apiUrl: "http://api",
      fetchImpl: api.fetchImpl,
    });
    expect(viewer).toEqual({ role: "EDUCATOR", name: "educator-1a2b", canEditTeachingPaths: true });
    expect(api.calls.at(-1)).toEqual({
      url: "http://api/graphql",
      authorization: "Bearer educator-token-123",
    });
  });

  it("returns null for a token the API does not know, or none", async () => {
    expect(
      await fetchViewer("wrong-token-0000", { apiUrl: "http://api", fetchImpl: api.fetchImpl }),
    ).toBeNull();
    expect(await fetchViewer("  ", { apiUrl: "http://api", fetchImpl: api.fetchImpl })).toBeNull();
  });

  it("throws when the API is down", async () => {
    const fetchImpl = (async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof fetch;
    await expect(fetchViewer("t", { apiUrl: "http://api", fetchImpl })).rejects.toThrow("fetch failed");
  });
});
