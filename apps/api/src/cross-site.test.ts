import { afterAll, describe, expect, it } from "vitest";
import { createTestApi, TEST_TOKENS } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

const CREATE_MUTATION = 'mutation { createTeachingPath(input: { title: "Forged", steps: [] }) { id } }';

async function pathTitles(): Promise<string[]> {
  const { body } = await api.gql(
    "{ teachingPaths(first: 50) { edges { node { title } } } }",
    undefined,
    TEST_TOKENS.admin,
  );
  return body.data.teachingPaths.edges.map((e: { node: { title: string } }) => e.node.title);
}

/** A request as a cross-site HTML form or script could send it, with a valid token. */
function send(contentType: string | undefined, body: BodyInit, method = "POST") {
  const headers = new Headers({ authorization: `Bearer ${TEST_TOKENS.educator}` });
  if (contentType) headers.set("content-type", contentType);
  return api.yoga.fetch("http://test/graphql", { method, headers, body });
}

describe("only JSON may write (no form or multipart posts)", () => {
  const form = new URLSearchParams({ query: CREATE_MUTATION });
  const multipart = new FormData();
  multipart.set("operations", JSON.stringify({ query: CREATE_MUTATION }));
  multipart.set("map", "{}");

  it.each([
    ["a url-encoded form", "application/x-www-form-urlencoded", form.toString()],
    ["a multipart form", undefined, multipart],
    ["application/graphql text", "application/graphql", CREATE_MUTATION],
    ["text/plain JSON", "text/plain", JSON.stringify({ query: CREATE_MUTATION })],
  ])("refuses %s with 415 UNSUPPORTED_MEDIA_TYPE and writes nothing", async (_label, type, body) => {
    const before = await pathTitles();
    const res = await send(type, body);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: "Unsupported content type: send application/json (or GET with a query string).",
          extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
        },
      ],
    });
    expect(await pathTitles()).toEqual(before);
    expect(before).not.toContain("Forged");
  });

  it("still takes JSON, with or without a charset", async () => {
    const res = await send(
      "application/json; charset=utf-8",
      JSON.stringify({ query: "{ viewer { role } }" }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { viewer: { role: "EDUCATOR" } } });
  });

  it("still answers queries over GET, and refuses mutations there", async () => {
    const get = (q: string) =>
      api.yoga.fetch(`http://test/graphql?query=${encodeURIComponent(q)}`, {
        headers: { accept: "application/graphql-response+json" },
      });
    expect(await (await get('{ node(id: "fever") { name } }')).json()).toEqual({
      data: { node: { name: "Fever" } },
    });
    expect((await get(CREATE_MUTATION)).status).toBe(405);
  });
});
