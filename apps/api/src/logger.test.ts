import type { GraphStore } from "@bpx/graph-store";
import { StoreError } from "@bpx/graph-store";
import { afterAll, describe, expect, it } from "vitest";
import { createApiLogger } from "./logger";
import { createTestApi } from "./test-helpers";

const api = await createTestApi();
afterAll(() => api.store.close());

/** A logger writing into an array, and the API answering through it. */
async function logged(store: GraphStore, query: string) {
  const lines: string[] = [];
  const { gql } = await createTestApi(store, { logger: createApiLogger((line) => lines.push(line)) });
  const { body } = await gql(query);
  return { lines, body };
}

/** The API's lines when its store's search fails with `error`, and the answer to a search. */
async function loggedSearchFailure(error: Error) {
  const failing = { ...api.store, search: () => Promise.reject(error) } as unknown as GraphStore;
  return logged(failing, '{ search(text: "fever") { score } }');
}

describe("what the API logs", () => {
  it("nothing for a client's mistake (an error with a code the client reads)", async () => {
    const { lines, body } = await logged(api.store, '{ search(text: "fever", first: 1000) { score } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(lines).toEqual([]);
  });

  it("one line, no stack, when the store is unavailable", async () => {
    const { lines, body } = await loggedSearchFailure(
      new StoreError("STORE_UNAVAILABLE", "connect ECONNREFUSED 127.0.0.1:7687"),
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("STORE_UNAVAILABLE");
    expect(lines).toEqual(["store unavailable: connect ECONNREFUSED 127.0.0.1:7687"]);
  });

  it("nothing when store work stopped because its request was abandoned", async () => {
    const { lines } = await loggedSearchFailure(
      new StoreError("ABORTED", "The request was abandoned (the client went away)."),
    );
    expect(lines).toEqual([]);
  });

  it("the stack of an unexpected error, which the client sees only as masked", async () => {
    const { lines, body } = await loggedSearchFailure(new TypeError("cannot read properties of undefined"));
    expect(body.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^TypeError: cannot read properties of undefined\n\s+at /);
  });
});
