import { describe, expect, it } from "vitest";
import { describeError, GraphQLRequestError, graphqlRequest } from "./graphql";

function answering(status: number, body: string): typeof fetch {
  return (async () =>
    new Response(body, { status, headers: { "content-type": "application/json" } })) as typeof fetch;
}

describe("graphqlRequest", () => {
  it("posts the query and variables as JSON and returns the data", async () => {
    let sent: RequestInit | undefined;
    const fetchImpl = (async (_url: string | URL | Request, init?: RequestInit) => {
      sent = init;
      return Response.json({ data: { node: { id: "fever" } } });
    }) as typeof fetch;

    const data = await graphqlRequest<{ node: { id: string } }, { id: string }>(
      "query($id: ID!) { node(id: $id) { id } }",
      { id: "fever" },
      { fetchImpl },
    );

    expect(data.node.id).toBe("fever");
    expect(sent?.method).toBe("POST");
    expect(JSON.parse(String(sent?.body))).toEqual({
      query: "query($id: ID!) { node(id: $id) { id } }",
      variables: { id: "fever" },
    });
  });

  it.each([
    [
      "an error with a code",
      200,
      '{"errors":[{"message":"No node","extensions":{"code":"NOT_FOUND"}}]}',
      "NOT_FOUND",
    ],
    ["an error without a code", 200, '{"errors":[{"message":"Boom"}]}', "UNKNOWN"],
    [
      "the proxy's unreachable answer",
      502,
      '{"errors":[{"message":"x","extensions":{"code":"STORE_UNAVAILABLE"}}]}',
      "STORE_UNAVAILABLE",
    ],
    ["a body that is not JSON", 500, "<html>", "BAD_RESPONSE"],
    ["a body without data", 200, "{}", "BAD_RESPONSE"],
  ])("throws a coded error for %s", async (_name, status, body, code) => {
    const request = graphqlRequest("{ x }", {}, { fetchImpl: answering(status, body) });
    await expect(request).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(request).rejects.toMatchObject({ code, status });
  });
});

describe("describeError", () => {
  it("gives advice when the API is unreachable", () => {
    const error = new GraphQLRequestError("The graph API is unreachable", "STORE_UNAVAILABLE", 502);
    expect(describeError(error)).toMatch(/unreachable.*API is running/);
  });

  it("keeps the API's message for other coded errors and hides unknown ones", () => {
    expect(describeError(new GraphQLRequestError("No node pyelo", "NOT_FOUND", 200))).toBe("No node pyelo");
    expect(describeError(new Error("internal detail"))).not.toContain("internal detail");
  });
});
