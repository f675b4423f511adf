import { hydrate, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { BROWSER_ID_HEADER } from "../api/browser-id";
import { toQueryKey } from "../api/query-key";
import { prefetchCase } from "./case-prefetch";
import {
  CaseGraphDocument,
  DifferentialDocument,
  toCaseGraphVariables,
  toDifferentialVariables,
} from "./case-queries";

const CASE = { present: ["fever", "dysuria"], absent: ["trauma"], week: 24, expand: ["pyelonephritis"] };
const DIFFERENTIAL = {
  entered: { nodes: [{ id: "fever", name: "Fever" }] },
  differential: {
    candidates: [{ condition: { id: "pyelonephritis" } }, { condition: { id: "renal-colic" } }],
  },
};
const GRAPH = { linked: { nodes: [], edges: [] } };
const BROWSER = "AbCdEfGhIjKlMnOpQrStUv";

type Call = { url: string; operation: string; variables: unknown; headers: Record<string, string> };

/** A fetch standing in for the API: answers each operation by name, recording what it was sent. */
function api(answers: Record<string, (() => Promise<Response>) | unknown>) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    const operation = /query (\w+)/.exec(body.query)?.[1] ?? "";
    calls.push({
      url: String(input),
      operation,
      variables: body.variables,
      headers: init?.headers as Record<string, string>,
    });
    const answer = answers[operation];
    if (typeof answer === "function") return (answer as () => Promise<Response>)();
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { fetchImpl, calls };
}

/** What the browser's cache holds after hydrating the server's answers. */
function hydrated(state: Awaited<ReturnType<typeof prefetchCase>>) {
  const client = new QueryClient();
  hydrate(client, state);
  return client;
}

const differentialKey = () => toQueryKey(DifferentialDocument, toDifferentialVariables(CASE));
const graphKey = () =>
  toQueryKey(CaseGraphDocument, toCaseGraphVariables(["pyelonephritis", "renal-colic"], CASE.expand, 24));

describe("rendering a shared case on the server", () => {
  it("hands the browser the differential and the candidates' graph under its hooks' keys", async () => {
    const { fetchImpl, calls } = api({
      CaseDifferential: { data: DIFFERENTIAL },
      CaseGraph: { data: GRAPH },
    });
    const client = hydrated(await prefetchCase(CASE, { apiUrl: "http://api:4000", fetchImpl }));
    expect(calls.map((call) => [call.url, call.operation])).toEqual([
      ["http://api:4000/graphql", "CaseDifferential"],
      ["http://api:4000/graphql", "CaseGraph"],
    ]);
    expect(calls[1]?.variables).toEqual({
      candidates: ["pyelonephritis", "renal-colic"],
      expand: ["pyelonephritis"],
      hasExpand: true,
      week: 24,
    });
    expect(client.getQueryData(differentialKey())).toEqual({
      data: DIFFERENTIAL,
      variables: toDifferentialVariables(CASE),
    });
    expect(client.getQueryData(graphKey())).toEqual({
      data: GRAPH,
      variables: toCaseGraphVariables(["pyelonephritis", "renal-colic"], CASE.expand, 24),
    });
  });

  it("sends the browser's id for its fair share, and no cookie or token", async () => {
    const { fetchImpl, calls } = api({
      CaseDifferential: { data: DIFFERENTIAL },
      CaseGraph: { data: GRAPH },
    });
    await prefetchCase(CASE, { apiUrl: "http://api:4000", fetchImpl, browserId: BROWSER });
    for (const call of calls) {
      expect(call.headers[BROWSER_ID_HEADER]).toBe(BROWSER);
      expect(Object.keys(call.headers).map((name) => name.toLowerCase())).not.toContain("cookie");
      expect(Object.keys(call.headers).map((name) => name.toLowerCase())).not.toContain("authorization");
    }
  });

  it("asks nothing for a case without a present finding", async () => {
    const { fetchImpl, calls } = api({});
    const state = await prefetchCase({ ...CASE, present: [] }, { apiUrl: "http://api:4000", fetchImpl });
    expect(calls).toEqual([]);
    expect(state.queries).toEqual([]);
  });

  it("leaves out a refused differential, and asks for no graph, so the browser asks itself", async () => {
    const { fetchImpl, calls } = api({
      CaseDifferential: { data: null, errors: [{ message: "No.", extensions: { code: "BAD_USER_INPUT" } }] },
    });
    const state = await prefetchCase(CASE, { apiUrl: "http://api:4000", fetchImpl });
    expect(calls.map((call) => call.operation)).toEqual(["CaseDifferential"]);
    expect(state.queries).toEqual([]);
  });

  it("keeps the differential when only the graph fails", async () => {
    const { fetchImpl } = api({
      CaseDifferential: { data: DIFFERENTIAL },
      CaseGraph: () => Promise.reject(new TypeError("fetch failed")),
    });
    const client = hydrated(await prefetchCase(CASE, { apiUrl: "http://api:4000", fetchImpl }));
    expect(client.getQueryData(differentialKey())).toMatchObject({ data: DIFFERENTIAL });
    expect(client.getQueryData(graphKey())).toBeUndefined();
  });

  it("gives up on an API that does not answer within the timeout, without throwing", async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const started = performance.now();
    const state = await prefetchCase(CASE, { apiUrl: "http://api:4000", fetchImpl: hanging, timeoutMs: 50 });
    expect(state.queries).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
