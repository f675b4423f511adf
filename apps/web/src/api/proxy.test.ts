import { describe, expect, it } from "vitest";
import { forwardGraphQL, UNREACHABLE_BODY } from "./proxy";

const API = "http://api.test:4000";

function capture(response: Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return response;
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe("forwardGraphQL", () => {
  it("forwards a POST body and the allowed headers, and returns the API's answer", async () => {
    const answer = Response.json({ data: { ok: true } }, { status: 200 });
    const { calls, fetchImpl } = capture(answer);
    const request = new Request("http://web.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "Bearer t",
        accept: "application/json",
        cookie: "secret=1",
      },
      body: JSON.stringify({ query: "{ ok }" }),
    });

    const response = await forwardGraphQL(request, { apiUrl: API, fetchImpl });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${API}/graphql`);
    expect(calls[0]?.init?.method).toBe("POST");
    expect(new TextDecoder().decode(calls[0]?.init?.body as Uint8Array)).toBe('{"query":"{ ok }"}');
    const sent = new Headers(calls[0]?.init?.headers);
    expect(sent.get("authorization")).toBe("Bearer t");
    expect(sent.get("content-type")).toBe("application/json");
    expect(sent.get("accept")).toBe("application/json");
    expect(sent.get("cookie")).toBeNull();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
  });

  it("names the browser from its id cookie, and only an id in the app's own format", async () => {
    const sentFor = async (cookie: string) => {
      const { calls, fetchImpl } = capture(Response.json({ data: {} }));
      const request = new Request("http://web.test/graphql?query=%7Bok%7D", { headers: { cookie } });
      await forwardGraphQL(request, { apiUrl: API, fetchImpl });
      return new Headers(calls[0]?.init?.headers).get("x-bpx-client");
    };
    expect(await sentFor("a=1; bpx-client=Zm9vYmFyYmF6cXV4MTIzNA; b=2")).toBe("Zm9vYmFyYmF6cXV4MTIzNA");
    expect(await sentFor("bpx-client=short")).toBeNull();
    expect(await sentFor("bpx-client=has%20a%20space%20in%20it%20here")).toBeNull();
    expect(await sentFor("other=Zm9vYmFyYmF6cXV4MTIzNA")).toBeNull();
  });

  it("keeps the query string of a GET and sends no body", async () => {
    const { calls, fetchImpl } = capture(
      new Response("{}", { headers: { "content-type": "application/json" } }),
    );
    await forwardGraphQL(new Request("http://web.test/graphql?query=%7Bok%7D"), { apiUrl: API, fetchImpl });
    expect(calls[0]?.url).toBe(`${API}/graphql?query=%7Bok%7D`);
    expect(calls[0]?.init?.body).toBeUndefined();
  });

  it("passes the API's error status through unchanged", async () => {
    const { fetchImpl } = capture(Response.json({ errors: [{ message: "bad" }] }, { status: 400 }));
    const response = await forwardGraphQL(
      new Request("http://web.test/graphql", { method: "POST", body: "{}" }),
      {
        apiUrl: API,
        fetchImpl,
      },
    );
    expect(response.status).toBe(400);
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example", "content-type": "application/json" }],
    ["Origin null (a sandboxed frame)", { origin: "null", "content-type": "application/json" }],
    [
      "a cross-site fetch without Origin",
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
    ],
  ])("refuses %s with 403 FORBIDDEN, never calling the API", async (_label, headers) => {
    const { calls, fetchImpl } = capture(Response.json({ data: { ok: true } }));
    const response = await forwardGraphQL(
      new Request("http://web.test/graphql", {
        method: "POST",
        headers: { host: "web.test", ...headers },
        body: JSON.stringify({ query: 'mutation { deleteTeachingPath(id: "x", expectedVersion: 1) }' }),
      }),
      { apiUrl: API, fetchImpl },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "Cross-site request refused: this endpoint serves its own site's pages only.",
          extensions: { code: "FORBIDDEN" },
        },
      ],
    });
    expect(calls).toHaveLength(0);
  });

  it("forwards its own origin's requests and those of an allowed origin", async () => {
    for (const origin of ["http://web.test", "https://teach.example"]) {
      const { calls, fetchImpl } = capture(Response.json({ data: { ok: true } }));
      const response = await forwardGraphQL(
        new Request("http://web.test/graphql", {
          method: "POST",
          headers: { host: "web.test", origin, "content-type": "application/json" },
          body: "{}",
        }),
        { apiUrl: API, fetchImpl, allowedOrigins: ["https://teach.example"] },
      );
      expect(response.status).toBe(200);
      expect(calls).toHaveLength(1);
    }
  });

  /** A POST whose body is `total` bytes in 64 KiB chunks, counting how many bytes were pulled. */
  function streamingPost(total: number, headers: Record<string, string> = {}) {
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const pulled = { bytes: 0 };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        pulled.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://web.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      duplex: "half",
    } as RequestInit);
    return { request, pulled };
  }

  it("refuses a body over the limit with 413 once the limit is passed, reading no further", async () => {
    const { calls, fetchImpl } = capture(Response.json({ data: { ok: true } }));
    const { request, pulled } = streamingPost(5 * 1024 * 1024);
    const response = await forwardGraphQL(request, { apiUrl: API, fetchImpl, maxBodyBytes: 100_000 });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "The request body is over 100000 bytes; the limit is 100000.",
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
    expect(pulled.bytes).toBeLessThanOrEqual(100_000 + 3 * 64 * 1024);
    expect(calls).toHaveLength(0);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { calls, fetchImpl } = capture(Response.json({ data: { ok: true } }));
    const { request, pulled } = streamingPost(300 * 1024 * 1024, {
      "content-length": String(300 * 1024 * 1024),
    });
    const response = await forwardGraphQL(request, { apiUrl: API, fetchImpl, maxBodyBytes: 100_000 });
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
    expect(calls).toHaveLength(0);
  });

  it("forwards a body within the limit whole", async () => {
    const { calls, fetchImpl } = capture(Response.json({ data: { ok: true } }));
    const { request } = streamingPost(64 * 1024);
    const response = await forwardGraphQL(request, { apiUrl: API, fetchImpl, maxBodyBytes: 100_000 });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect((calls[0]?.init?.body as Uint8Array | undefined)?.byteLength).toBe(64 * 1024);
  });

  it("answers 502 with a GraphQL-shaped error when the API cannot be reached", async () => {
    const fetchImpl = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const response = await forwardGraphQL(
      new Request("http://web.test/graphql", { method: "POST", body: "{}" }),
      {
        apiUrl: API,
        fetchImpl,
      },
    );
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual(UNREACHABLE_BODY);
  });
});
