import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { type EarlyRequest, takeEarlyResponse, toStableJson } from "../api/early";
import { toOperationName } from "../api/operation-name";
import { readNonce } from "../nonce";
import { CaseGraphDocument, DifferentialDocument } from "./case-queries";
import { readCaseState } from "./case-state";
import { toCaseGraphVariables, toDifferentialVariables } from "./case-variables";
import { toEarlyCaseScript, toScriptJson } from "./early-case";

interface Posted {
  url: string;
  body: { query: string; variables: unknown };
  answer: (body: unknown) => void;
}

/** Runs the page's early script as a browser would, with a fetch that records each post. */
function runEarlyScript(script: string) {
  const posted: Posted[] = [];
  const window: { __bpxEarly?: EarlyRequest[] } = {};
  const fetch = (url: string, init: { body: string }) =>
    new Promise<Response>((resolve) => {
      posted.push({
        url,
        body: JSON.parse(init.body),
        answer: (body) => resolve(new Response(JSON.stringify(body), { status: 200 })),
      });
    });
  runInNewContext(script, { window, fetch });
  return { posted, window };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the early case script", () => {
  const state = readCaseState(
    new URLSearchParams("present=fever,dysuria&absent=nausea&week=24&expand=radiography"),
  );

  it("asks for the differential at once, then for its candidates' case graph, as the page would", async () => {
    const script = toEarlyCaseScript(state);
    expect(script).not.toBeNull();
    const { posted, window } = runEarlyScript(script ?? "");
    expect(posted).toHaveLength(1);
    expect(posted[0]?.url).toBe("/graphql");
    expect(posted[0]?.body.query).toBe(DifferentialDocument.toString());
    expect(toStableJson(posted[0]?.body.variables)).toBe(toStableJson(toDifferentialVariables(state)));

    posted[0]?.answer({
      data: {
        differential: {
          candidates: [{ condition: { id: "pyelonephritis" } }, { condition: { id: "cystitis" } }],
        },
      },
    });
    await flush();
    await flush();
    expect(posted).toHaveLength(2);
    expect(posted[1]?.body.query).toBe(CaseGraphDocument.toString());
    expect(toStableJson(posted[1]?.body.variables)).toBe(
      toStableJson(toCaseGraphVariables(["pyelonephritis", "cystitis"], ["radiography"], 24)),
    );
    // Both left for the page's queries, under their operations' names and variables.
    const early = window.__bpxEarly ?? [];
    expect(early.map((entry) => entry.name)).toEqual([
      toOperationName(DifferentialDocument),
      toOperationName(CaseGraphDocument),
    ]);
    const differential = takeEarlyResponse(
      toOperationName(DifferentialDocument),
      toDifferentialVariables(state),
      early,
    );
    // The page reads the very response the script read candidates from (it read a clone).
    expect(await (await differential)?.json()).toMatchObject({ data: { differential: {} } });
  });

  it("asks for no case graph when the differential has no candidates or fails", async () => {
    for (const answer of [{ data: { differential: { candidates: [] } } }, { errors: [{ message: "no" }] }]) {
      const { posted } = runEarlyScript(toEarlyCaseScript(state) ?? "");
      posted[0]?.answer(answer);
      await flush();
      await flush();
      expect(posted).toHaveLength(1);
    }
  });

  it("is not written for a case with nothing to rank", () => {
    expect(toEarlyCaseScript(readCaseState(new URLSearchParams("absent=nausea&week=24")))).toBeNull();
    expect(toEarlyCaseScript(readCaseState(new URLSearchParams("")))).toBeNull();
  });

  it("keeps its data from closing the script tag or breaking the line", () => {
    const json = toScriptJson({ text: "</script><script>alert(1)</script>\u2028\u2029" });
    expect(json).not.toContain("</");
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>\u2028\u2029" });
  });
});

describe("takeEarlyResponse", () => {
  const response = Promise.resolve(new Response("{}"));

  it("matches the operation and its variables whatever their keys' order, and only once", () => {
    const list: EarlyRequest[] = [
      { name: "CaseGraph", variables: { week: 24, candidates: ["a"] }, response },
    ];
    expect(takeEarlyResponse("CaseDifferential", { week: 24, candidates: ["a"] }, list)).toBeNull();
    expect(takeEarlyResponse("CaseGraph", { week: 25, candidates: ["a"] }, list)).toBeNull();
    expect(takeEarlyResponse("CaseGraph", { candidates: ["a"], week: 24 }, list)).toBe(response);
    expect(takeEarlyResponse("CaseGraph", { candidates: ["a"], week: 24 }, list)).toBeNull();
  });

  it("finds nothing where no early script ran", () => {
    expect(takeEarlyResponse("CaseGraph", {}, undefined)).toBeNull();
  });
});

describe("readNonce", () => {
  it("reads the script nonce from the policy the proxy sets, or nothing", () => {
    expect(readNonce("default-src 'self'; script-src 'self' 'nonce-AbC+/9==' 'strict-dynamic'")).toBe(
      "AbC+/9==",
    );
    expect(readNonce("default-src 'self'")).toBeNull();
    expect(readNonce(null)).toBeNull();
  });
});
