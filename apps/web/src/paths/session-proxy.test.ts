import { describe, expect, it } from "vitest";
import { forwardGraphQL } from "../api/proxy";
import { SESSION_COOKIE, sessionKey, toSessionCookie } from "./session";

const KEY = sessionKey("a-test-secret-of-at-least-32-characters");
/** The Cookie header pair of a session holding `token`. */
const session = (token: string) => toSessionCookie(token, KEY, { secure: false }).split("; ")[0] as string;

/** Records what the proxy sends upstream. */
function captureUpstream() {
  const sent: Headers[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    sent.push(new Headers(init.headers));
    return Response.json({ data: { viewer: { role: "EDUCATOR" } } });
  }) as unknown as typeof fetch;
  return { sent, fetchImpl };
}

const post = (headers: Record<string, string>) =>
  new Request("http://web/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "{ viewer { role } }" }),
  });

describe("the /graphql proxy and the session cookie", () => {
  it("sends the session token as a bearer header and never the cookie", async () => {
    const upstream = captureUpstream();
    await forwardGraphQL(post({ cookie: `theme=dark; ${session("dev-educator-token")}` }), {
      apiUrl: "http://api",
      sessionKey: KEY,
      fetchImpl: upstream.fetchImpl,
    });
    expect(upstream.sent[0]?.get("authorization")).toBe("Bearer dev-educator-token");
    expect(upstream.sent[0]?.has("cookie")).toBe(false);
  });

  it("prefers the session over a header the page set", async () => {
    const upstream = captureUpstream();
    await forwardGraphQL(post({ cookie: session("session-token"), authorization: "Bearer other" }), {
      apiUrl: "http://api",
      sessionKey: KEY,
      fetchImpl: upstream.fetchImpl,
    });
    expect(upstream.sent[0]?.get("authorization")).toBe("Bearer session-token");
  });

  it("ignores a cookie holding a raw token (only sealed sessions count)", async () => {
    const upstream = captureUpstream();
    await forwardGraphQL(post({ cookie: `${SESSION_COOKIE}=dev-educator-token` }), {
      apiUrl: "http://api",
      sessionKey: KEY,
      fetchImpl: upstream.fetchImpl,
    });
    expect(upstream.sent[0]?.has("authorization")).toBe(false);
  });

  it("without a session, passes an explicit Authorization header through unchanged", async () => {
    const upstream = captureUpstream();
    await forwardGraphQL(post({ authorization: "Bearer script-token", cookie: "theme=dark" }), {
      apiUrl: "http://api",
      sessionKey: KEY,
      fetchImpl: upstream.fetchImpl,
    });
    expect(upstream.sent[0]?.get("authorization")).toBe("Bearer script-token");
    expect(upstream.sent[0]?.has("cookie")).toBe(false);
  });
});
