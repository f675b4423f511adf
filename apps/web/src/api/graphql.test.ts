import { describe, expect, it } from "vitest";
import { TypedDocumentString } from "./gql/graphql";
import { describeError, GraphQLRequestError, isCode, request } from "./graphql";
import { NeighborhoodDocument } from "./queries";

function answering(status: number, body: string): typeof fetch {
  return (async () =>
    new Response(body, { status, headers: { "content-type": "application/json" } })) as typeof fetch;
}

const anyDocument = new TypedDocumentString<unknown, Record<string, never>>("{ x }");

describe("request", () => {
  it("posts the generated document and the variables as JSON and returns the data", async () => {
    let sent: RequestInit | undefined;
    let url: string | undefined;
    const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
      url = String(input);
      sent = init;
      return Response.json({ data: { neighborhood: { truncated: false, nodes: [], edges: [] } } });
    }) as typeof fetch;

    const data = await request(NeighborhoodDocument, { ids: ["fever"], depth: 1, week: 20 }, { fetchImpl });

    expect(data.neighborhood.truncated).toBe(false);
    expect(url).toBe("/graphql");
    expect(sent?.method).toBe("POST");
    const body = JSON.parse(String(sent?.body)) as { query: string; variables: unknown };
    expect(body.variables).toEqual({ ids: ["fever"], depth: 1, week: 20 });
    // The operation and every fragment it spreads, so the API can run it as sent.
    expect(body.query).toMatch(/^\s*query ExplorerNeighborhood\(/);
    expect(body.query).toContain("fragment NodeFields on Node");
    expect(body.query).toContain("fragment SourceFields on Source");
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
    const answer = request(anyDocument, {}, { fetchImpl: answering(status, body) });
    await expect(answer).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(answer).rejects.toMatchObject({ code, status });
  });

  it("keeps the code, field and current version of a refusal", async () => {
    const refusal = JSON.stringify({
      errors: [
        { message: "stale", extensions: { code: "CONFLICT", currentVersion: 4, field: "expectedVersion" } },
      ],
      data: null,
    });
    const error = await request(anyDocument, {}, { fetchImpl: answering(200, refusal) }).catch(
      (caught: unknown) => caught,
    );
    expect(isCode(error, "CONFLICT")).toBe(true);
    expect(isCode(error, "NOT_FOUND")).toBe(false);
    expect(error).toMatchObject({ currentVersion: 4, field: "expectedVersion", message: "stale" });
  });
});

describe("describeError", () => {
  it("gives advice when the API is unreachable", () => {
    const error = new GraphQLRequestError(
      { message: "The graph API is unreachable", extensions: { code: "STORE_UNAVAILABLE" } },
      502,
    );
    expect(describeError(error)).toMatch(/unreachable.*API is running/);
  });

  it("keeps the API's message for other coded errors and hides unknown ones", () => {
    const notFound = new GraphQLRequestError(
      { message: "No node pyelo", extensions: { code: "NOT_FOUND" } },
      200,
    );
    expect(describeError(notFound)).toBe("No node pyelo");
    expect(describeError(new Error("internal detail"))).not.toContain("internal detail");
  });
});
